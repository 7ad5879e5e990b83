import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

const kek = `k1:${Buffer.alloc(32, 7).toString('base64')}`;

describe('parseConfig', () => {
  it('fills in defaults: PGlite like the API, inbound on, health on 127.0.0.1:8081', () => {
    const config = parseConfig({
      KAFKA_BROKERS: '127.0.0.1:19092',
      RELOCATION_KEKS: kek,
      RELOCATION_ACTIVE_KEK: 'k1',
    });
    expect(config).toMatchObject({
      eventStore: 'pglite',
      dataDir: './.data',
      checkpointId: 'relay-notifications',
      consumerGroup: 'relocation-relay-threat-assessments',
      inbound: true,
      batchSize: 100,
      pollIntervalMs: 500,
      health: { port: 8081, host: '127.0.0.1' },
      kafka: { brokers: ['127.0.0.1:19092'], topicPartitions: 3, replicationFactor: 1 },
    });
    expect(config.keks?.activeKekId).toBe('k1');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every setting', () => {
    const config = parseConfig({
      KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092',
      KAFKA_CLIENT_ID: 'relay-1',
      KAFKA_TOPIC_PARTITIONS: '12',
      KAFKA_REPLICATION_FACTOR: '3',
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://relay@db/relocation',
      RELAY_CHECKPOINT_ID: 'relay-eu-1',
      RELAY_CONSUMER_GROUP: 'relay-group',
      RELAY_INBOUND: 'off',
      RELAY_BATCH_SIZE: '50',
      RELAY_POLL_INTERVAL_MS: '250',
      HEALTH_PORT: '9000',
      HEALTH_HOST: '0.0.0.0',
    });
    expect(config).toMatchObject({
      eventStore: 'postgres',
      databaseUrl: 'postgres://relay@db/relocation',
      checkpointId: 'relay-eu-1',
      consumerGroup: 'relay-group',
      inbound: false,
      keks: undefined,
      batchSize: 50,
      pollIntervalMs: 250,
      health: { port: 9000, host: '0.0.0.0' },
      kafka: {
        brokers: ['kafka-1:9092', 'kafka-2:9092'],
        clientId: 'relay-1',
        topicPartitions: 12,
        replicationFactor: 3,
      },
    });
  });

  it.each([
    [{}, 'KAFKA_BROKERS'],
    [{ KAFKA_BROKERS: 'k:9092', RELAY_INBOUND: 'off', EVENT_STORE: 'postgres' }, 'DATABASE_URL'],
    [{ KAFKA_BROKERS: 'k:9092' }, 'RELOCATION_KEKS'],
    [{ KAFKA_BROKERS: 'k:9092', RELAY_INBOUND: 'off', HEALTH_PORT: '70000' }, 'HEALTH_PORT'],
    [
      { KAFKA_BROKERS: 'k:9092', RELAY_INBOUND: 'off', RELAY_CHECKPOINT_ID: 'has space' },
      'RELAY_CHECKPOINT_ID',
    ],
    [{ KAFKA_BROKERS: 'k:9092', RELAY_INBOUND: 'maybe' }, 'RELAY_INBOUND'],
  ])('rejects %j, naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(name);
  });
});
