import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('PROJECTOR', () => {
  it('projects in this process unless told otherwise', () => {
    expect(parseConfig({}).projector).toBe('inline');
  });

  it('leaves projecting to services/projector with PROJECTOR=off on PostgreSQL', () => {
    const config = parseConfig({
      PROJECTOR: 'off',
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/relocation',
    });
    expect(config.projector).toBe('off');
  });

  it('refuses off on PGlite, which no second process can open', () => {
    expect(() => parseConfig({ PROJECTOR: 'off' })).toThrow(/PROJECTOR: off needs EVENT_STORE=postgres/);
    expect(() => parseConfig({ PROJECTOR: 'sometimes' })).toThrow(/PROJECTOR/);
  });
});
