import { describe, expect, it } from 'vitest';
import { parseRoute, pathOf } from './router.ts';

describe('routes', () => {
  it('carry at most a case id', () => {
    const id = '0b7e8a52-6a4c-4f0e-9a57-0d8f4c7f1e11';
    expect(parseRoute(`/cases/${id}`)).toEqual({ name: 'case', id });
    expect(pathOf({ name: 'case', id })).toBe(`/cases/${id}`);
    expect(parseRoute('/cases/Anna Andersson')).toEqual({ name: 'notFound' });
  });

  it('round-trip every screen', () => {
    for (const name of [
      'inbox',
      'newCase',
      'coordinator',
      'statistics',
      'supervisor',
      'audit',
      'providers',
      'signedIn',
    ] as const) {
      expect(parseRoute(pathOf({ name }))).toEqual({ name });
    }
  });
});
