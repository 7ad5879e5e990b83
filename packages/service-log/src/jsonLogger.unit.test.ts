import { describe, expect, it } from 'vitest';
import { createJsonLogger, errorFields, errorName, eventLogger } from './jsonLogger.ts';

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

describe('eventLogger', () => {
  it('writes each event as one pino line with the event name and its fields', () => {
    const calls: [string, object, string][] = [];
    const pino = {
      info: (fields: object, message: string) => calls.push(['info', fields, message]),
      warn: (fields: object, message: string) => calls.push(['warn', fields, message]),
      error: (fields: object, message: string) => calls.push(['error', fields, message]),
    };
    const logger = eventLogger(pino);
    logger.info('projector.started', { port: 1 });
    logger.error('relay.stop_failed');
    expect(calls).toEqual([
      ['info', { port: 1, event: 'projector.started' }, 'projector.started'],
      ['error', { event: 'relay.stop_failed' }, 'relay.stop_failed'],
    ]);
  });
});
