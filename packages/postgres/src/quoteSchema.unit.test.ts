import { describe, expect, it } from 'vitest';
import { quoteSchema } from './quoteSchema.ts';

describe('quoteSchema', () => {
  it('double-quotes a plain lower-case identifier', () => {
    expect(quoteSchema('event_store')).toBe('"event_store"');
    expect(quoteSchema('_rm2')).toBe('"_rm2"');
    expect(quoteSchema('a'.repeat(63))).toBe(`"${'a'.repeat(63)}"`);
  });

  it('refuses anything that could change the SQL it is spliced into, or that PostgreSQL would truncate', () => {
    for (const name of [
      '',
      'Events',
      '1st',
      'a-b',
      'a b',
      'a"; DROP TABLE x; --',
      'a.b',
      '"a"',
      'a'.repeat(64),
    ]) {
      expect(() => quoteSchema(name), name).toThrow(/Schema name must match/);
    }
  });
});
