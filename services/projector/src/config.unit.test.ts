import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

const url = 'postgres://postgres@127.0.0.1:5432/relocation';

describe('parseConfig', () => {
  it('takes the defaults of the API: event_store and read_models in one database, health on 8082', () => {
    const config = parseConfig({ DATABASE_URL: url });
    expect(config).toEqual({
      databaseUrl: url,
      eventStoreSchema: 'event_store',
      readModelSchema: 'read_models',
      batchSize: 200,
      pollIntervalMs: 200,
      leaderRetryMs: 2_000,
      health: { port: 8082, host: '127.0.0.1' },
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.health)).toBe(true);
  });

  it('reads every setting', () => {
    const config = parseConfig({
      DATABASE_URL: url,
      EVENT_STORE_SCHEMA: 'es_1',
      READ_MODEL_SCHEMA: 'rm_1',
      PROJECTOR_BATCH_SIZE: '50',
      PROJECTOR_POLL_INTERVAL_MS: '20',
      PROJECTOR_LEADER_RETRY_MS: '100',
      HEALTH_PORT: '0',
      HEALTH_HOST: '0.0.0.0',
    });
    expect(config).toMatchObject({
      eventStoreSchema: 'es_1',
      readModelSchema: 'rm_1',
      batchSize: 50,
      pollIntervalMs: 20,
      leaderRetryMs: 100,
      health: { port: 0, host: '0.0.0.0' },
    });
  });

  it('names each problem and its variable, without echoing values', () => {
    const attempt = () =>
      parseConfig({ READ_MODEL_SCHEMA: 'Robert"; DROP', PROJECTOR_BATCH_SIZE: '0', HEALTH_PORT: 'x' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('DATABASE_URL: required');
    expect(message).toContain('READ_MODEL_SCHEMA: a PostgreSQL schema name');
    expect(message).toContain('PROJECTOR_BATCH_SIZE');
    expect(message).toContain('HEALTH_PORT');
    expect(message).not.toContain('DROP');
  });

  it('treats an empty DATABASE_URL as missing', () => {
    expect(() => parseConfig({ DATABASE_URL: '  ' })).toThrow(/DATABASE_URL: required/);
  });
});
