import { describe, expect, it } from 'vitest';
import { createJsonLogger, errorFields, errorName } from './jsonLogger.ts';

describe('the services’ JSON logger', () => {
  it('writes one JSON line per call, info to the first stream and warnings and errors to the second', () => {
    const lines: [string, string][] = [];
    const logger = createJsonLogger(
      (level, line) => lines.push([level, line]),
      () => new Date('2026-11-23T10:00:00.000Z'),
    );
    logger.info('batch.projected', { events: 3 });
    logger.error('broker.unavailable', { attempt: 2 });
    expect(lines.map(([level]) => level)).toEqual(['info', 'error']);
    expect(JSON.parse(lines[0]?.[1] ?? '')).toEqual({
      time: '2026-11-23T10:00:00.000Z',
      level: 'info',
      event: 'batch.projected',
      events: 3,
    });
  });

  it('names an error and its code but never repeats its message', () => {
    const failure = Object.assign(new Error('duplicate key (personnummer)=(199001012385)'), {
      code: '23505',
    });
    expect(errorFields(failure)).toEqual({ error: 'Error', code: '23505' });
    expect(errorName(failure)).toBe('Error');
    expect(JSON.stringify(errorFields(failure))).not.toContain('199001012385');
    expect(errorFields('boom')).toEqual({ error: 'string' });
  });
});
