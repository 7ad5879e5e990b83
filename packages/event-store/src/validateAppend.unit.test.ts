import { describe, expect, it } from 'vitest';
import { InvalidAppendError } from './errors.ts';
import type { AppendOptions, Json, NewEvent } from './port.ts';
import { validateAppend } from './validateAppend.ts';

const event = (overrides: Partial<Record<keyof NewEvent, unknown>> = {}): NewEvent =>
  ({ id: 'e-1', type: 'T', data: {}, metadata: {}, ...overrides }) as NewEvent;

describe('validateAppend', () => {
  const refuses = (events: NewEvent[], options: AppendOptions = { expectedRevision: 'any' }, name = 's') =>
    expect(() => validateAppend(name, events, options)).toThrow(InvalidAppendError);

  it('accepts a well-formed append', () => {
    expect(() => validateAppend('s', [event(), event({ id: 'e-2' })], { expectedRevision: 3 })).not.toThrow();
  });

  it('refuses an empty batch, an empty stream name or key, and a bad expected revision', () => {
    refuses([]);
    refuses([event()], { expectedRevision: 'any' }, '');
    refuses([event()], { expectedRevision: 'any', idempotencyKey: '' });
    for (const expectedRevision of [-1, 1.5, Number.NaN, 2 ** 60]) refuses([event()], { expectedRevision });
    refuses([event()], { expectedRevision: 'stream_exists' as 'any' });
  });

  it('refuses events without id or type, and ids repeated in the batch', () => {
    refuses([event({ id: '' })]);
    refuses([event({ type: undefined })]);
    refuses([event(), event()]);
  });

  it('refuses data and metadata JSON cannot hold exactly', () => {
    for (const data of [{ at: new Date(0) }, Number.NaN, [undefined], [() => 1], '\ud800']) {
      refuses([event({ data: data as unknown as Json })]);
    }
    refuses([event({ metadata: [] })]);
    refuses([event({ metadata: null })]);
    refuses([event({ metadata: { n: Number.POSITIVE_INFINITY } })]);
  });

  it('refuses U+0000 anywhere (values, member names, metadata): jsonb cannot hold it (issue 10)', () => {
    for (const data of [
      'a\u0000b',
      { documentReference: 'a\u0000b' },
      [{ x: ['\u0000'] }],
      { 'k\u0000': 1 },
    ]) {
      refuses([event({ data: data as Json })]);
    }
    refuses([event({ metadata: { actor: { userId: 'a\u0000b' } } })]);
    expect(() =>
      validateAppend('s', [event({ data: { note: 'tab\tline\n' } })], { expectedRevision: 'any' }),
    ).not.toThrow();
    expect(() =>
      validateAppend('s', [event({ data: 'x\u0000' as Json })], { expectedRevision: 'any' }),
    ).toThrow(/U\+0000 in data/);
  });
});
