import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

const kek = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
const police = {
  RELAY_POLICE_ISSUER: 'https://polisen.example/issuer',
  RELAY_POLICE_JWKS_URL: 'https://polisen.example/.well-known/jwks.json',
};

describe('parseConfig', () => {
  it('fills in defaults: PGlite like the API, inbound on, health on 127.0.0.1:8081', () => {
    const config = parseConfig({
      KAFKA_BROKERS: '127.0.0.1:19092',
      RELOCATION_KEKS: kek,
      RELOCATION_ACTIVE_KEK: 'k1',
      ...police,
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
    expect(config.police).toEqual({
      issuer: 'https://polisen.example/issuer',
      keys: { url: 'https://polisen.example/.well-known/jwks.json' },
      audience: 'urn:relocation:relay',
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA', 'Ed25519'],
      maxAgeSeconds: 86_400,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every setting', () => {
    const config = parseConfig({
      KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'relay',
      KAFKA_SASL_PASSWORD: 'secret',
      KAFKA_TLS: 'on',
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
        sasl: { mechanism: 'scram-sha-512', username: 'relay', password: 'secret' },
        tls: {},
      },
    });
  });

  it('reads the police issuer from a JWKS file, with its own audience, algorithms and maximum age', () => {
    const config = parseConfig({
      KAFKA_BROKERS: '127.0.0.1:19092',
      RELOCATION_KEKS: kek,
      RELOCATION_ACTIVE_KEK: 'k1',
      RELAY_POLICE_ISSUER: 'urn:relocation:dev-police',
      RELAY_POLICE_JWKS_FILE: '.data/dev-police/jwks.json',
      RELAY_POLICE_AUDIENCE: 'urn:relay:test',
      RELAY_POLICE_ALGORITHMS: 'ES256, EdDSA',
      RELAY_ASSESSMENT_MAX_AGE_SECONDS: '3600',
    });
    expect(config.police).toEqual({
      issuer: 'urn:relocation:dev-police',
      keys: { file: '.data/dev-police/jwks.json' },
      audience: 'urn:relay:test',
      algorithms: ['ES256', 'EdDSA'],
      maxAgeSeconds: 3_600,
    });
    const localHttp = { ...police, RELAY_POLICE_JWKS_URL: 'http://127.0.0.1:8080/jwks.json' };
    expect(
      parseConfig({ KAFKA_BROKERS: 'localhost:9092', RELAY_INBOUND: 'off', ...localHttp }).police,
    ).toBeUndefined();
    expect(
      parseConfig({
        KAFKA_BROKERS: '127.0.0.1:9092',
        RELOCATION_KEKS: kek,
        RELOCATION_ACTIVE_KEK: 'k1',
        ...localHttp,
      }).police?.keys,
    ).toEqual({ url: 'http://127.0.0.1:8080/jwks.json' });
  });

  it.each([
    [{}, 'KAFKA_BROKERS'],
    [{ KAFKA_BROKERS: 'localhost:9092', RELAY_INBOUND: 'off', EVENT_STORE: 'postgres' }, 'DATABASE_URL'],
    [{ KAFKA_BROKERS: 'localhost:9092', ...police }, 'RELOCATION_KEKS'],
    [{ KAFKA_BROKERS: 'localhost:9092', RELAY_INBOUND: 'off', HEALTH_PORT: '70000' }, 'HEALTH_PORT'],
    [
      { KAFKA_BROKERS: 'localhost:9092', RELAY_INBOUND: 'off', RELAY_CHECKPOINT_ID: 'has space' },
      'RELAY_CHECKPOINT_ID',
    ],
    [{ KAFKA_BROKERS: 'localhost:9092', RELAY_INBOUND: 'maybe' }, 'RELAY_INBOUND'],
    // A broker elsewhere without TLS and SASL (Kafka is a trust boundary).
    [{ KAFKA_BROKERS: 'kafka-1:9092', RELAY_INBOUND: 'off' }, 'is not on this machine'],
    // Inbound assessments are recorded only when their police signature can be checked.
    [
      { KAFKA_BROKERS: 'localhost:9092', RELOCATION_KEKS: kek, RELOCATION_ACTIVE_KEK: 'k1' },
      'RELAY_POLICE_ISSUER',
    ],
    [
      {
        KAFKA_BROKERS: 'localhost:9092',
        RELOCATION_KEKS: kek,
        RELOCATION_ACTIVE_KEK: 'k1',
        RELAY_POLICE_ISSUER: 'https://polisen.example/issuer',
      },
      'exactly one of RELAY_POLICE_JWKS_URL and RELAY_POLICE_JWKS_FILE',
    ],
    [
      {
        KAFKA_BROKERS: 'localhost:9092',
        RELOCATION_KEKS: kek,
        RELOCATION_ACTIVE_KEK: 'k1',
        ...police,
        RELAY_POLICE_JWKS_FILE: 'jwks.json',
      },
      'exactly one of RELAY_POLICE_JWKS_URL and RELAY_POLICE_JWKS_FILE',
    ],
    [
      {
        KAFKA_BROKERS: 'localhost:9092',
        RELAY_INBOUND: 'off',
        RELAY_POLICE_JWKS_URL: 'http://polisen.example/jwks',
      },
      'must use https',
    ],
    [{ KAFKA_BROKERS: 'localhost:9092', RELAY_INBOUND: 'off', RELAY_POLICE_ALGORITHMS: 'HS256' }, 'HMAC'],
  ])('rejects %j, naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(name);
  });
});
