import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kafkaConfigSchema } from './config.ts';
import { kafkaClientOptions } from './createKafka.ts';

const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const caFile = join(mkdtempSync(join(tmpdir(), 'kafka-config-')), 'ca.pem');
writeFileSync(caFile, pem);
const secured = {
  KAFKA_SASL_MECHANISM: 'scram-sha-512',
  KAFKA_SASL_USERNAME: 'relay',
  KAFKA_SASL_PASSWORD: 'secret',
  KAFKA_TLS: 'on',
  KAFKA_TLS_CA_FILE: caFile,
};

describe('kafkaConfigSchema', () => {
  it('splits a comma-separated broker list, trims entries and fills in defaults', () => {
    const config = kafkaConfigSchema.parse({ KAFKA_BROKERS: ' 127.0.0.1:19092, localhost:9092 ,' });
    expect(config).toEqual({
      brokers: ['127.0.0.1:19092', 'localhost:9092'],
      clientId: 'relocation-engine',
      topicPartitions: 3,
      replicationFactor: 1,
      sasl: undefined,
      tls: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.brokers)).toBe(true);
  });

  it('reads numbers from environment strings and accepts a bracketed IPv6 broker', () => {
    const config = kafkaConfigSchema.parse({
      ...secured,
      KAFKA_BROKERS: '[::1]:9092,[2001:db8::1]:9093',
      KAFKA_CLIENT_ID: 'relay-1',
      KAFKA_TOPIC_PARTITIONS: '12',
      KAFKA_REPLICATION_FACTOR: '3',
    });
    expect(config).toMatchObject({
      brokers: ['[::1]:9092', '[2001:db8::1]:9093'],
      clientId: 'relay-1',
      topicPartitions: 12,
      replicationFactor: 3,
    });
  });

  it('ignores unrelated environment variables', () => {
    const config = kafkaConfigSchema.parse({
      KAFKA_BROKERS: 'localhost:9092',
      PATH: '/usr/bin',
      HOME: '/root',
    });
    expect(Object.keys(config).sort()).toEqual([
      'brokers',
      'clientId',
      'replicationFactor',
      'sasl',
      'tls',
      'topicPartitions',
    ]);
  });

  it('reads SASL/SCRAM and TLS settings, with the CA from its file, into kafkajs client options', () => {
    const config = kafkaConfigSchema.parse({ ...secured, KAFKA_BROKERS: 'kafka-1.internal:9093' });
    expect(config.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'relay', password: 'secret' });
    expect(config.tls).toEqual({ ca: pem });
    expect(kafkaClientOptions(config)).toEqual({
      clientId: 'relocation-engine',
      brokers: ['kafka-1.internal:9093'],
      ssl: { ca: [pem] },
      sasl: { mechanism: 'scram-sha-512', username: 'relay', password: 'secret' },
    });
    const systemCas = kafkaConfigSchema.parse({
      ...secured,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_TLS_CA_FILE: '',
      KAFKA_BROKERS: 'kafka-1.internal:9093',
    });
    expect(kafkaClientOptions(systemCas)).toMatchObject({ ssl: true, sasl: { mechanism: 'scram-sha-256' } });
    expect(kafkaClientOptions(kafkaConfigSchema.parse({ KAFKA_BROKERS: '127.0.0.1:9092' }))).toEqual({
      clientId: 'relocation-engine',
      brokers: ['127.0.0.1:9092'],
    });
  });

  it.each([
    [{}, 'KAFKA_BROKERS is required'],
    [{ KAFKA_BROKERS: '' }, 'at least one broker'],
    [{ KAFKA_BROKERS: ' , ' }, 'at least one broker'],
    [{ KAFKA_BROKERS: 'localhost' }, 'host:port'],
    [{ KAFKA_BROKERS: 'localhost:9092,:9093' }, 'host:port'],
    [{ KAFKA_BROKERS: 'kafka://localhost:9092' }, 'host:port'],
    [{ KAFKA_BROKERS: 'localhost:70000' }, 'at most 65535'],
    [{ KAFKA_BROKERS: 'localhost:9092', KAFKA_CLIENT_ID: 'has space' }, 'KAFKA_CLIENT_ID'],
    [{ KAFKA_BROKERS: 'localhost:9092', KAFKA_TOPIC_PARTITIONS: '0' }, 'KAFKA_TOPIC_PARTITIONS'],
    [{ KAFKA_BROKERS: 'localhost:9092', KAFKA_TOPIC_PARTITIONS: '1.5' }, 'KAFKA_TOPIC_PARTITIONS'],
    [{ KAFKA_BROKERS: 'localhost:9092', KAFKA_REPLICATION_FACTOR: 'three' }, 'KAFKA_REPLICATION_FACTOR'],
    // Kafka is a trust boundary: a broker elsewhere needs TLS and SASL.
    [{ KAFKA_BROKERS: 'kafka-1.internal:9092' }, 'is not on this machine'],
    [
      { ...secured, KAFKA_BROKERS: 'kafka-1.internal:9092', KAFKA_TLS: 'off', KAFKA_TLS_CA_FILE: '' },
      'KAFKA_TLS=on',
    ],
    [
      { ...secured, KAFKA_BROKERS: 'kafka-1.internal:9092', KAFKA_SASL_MECHANISM: 'none' },
      'KAFKA_SASL_MECHANISM',
    ],
    [
      { ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_SASL_MECHANISM: 'plain' },
      'KAFKA_SASL_MECHANISM is one of',
    ],
    [
      { ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_SASL_PASSWORD: '' },
      'KAFKA_SASL_PASSWORD is required',
    ],
    [
      { ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_SASL_USERNAME: undefined },
      'KAFKA_SASL_USERNAME is required',
    ],
    [
      { ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_TLS_CA_FILE: '/nonexistent/ca.pem' },
      'cannot be read',
    ],
    [
      { ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_TLS_CA_FILE: '/etc/hostname' },
      'no PEM certificate',
    ],
    [{ ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_TLS: 'off' }, 'KAFKA_TLS is off'],
    [{ ...secured, KAFKA_BROKERS: 'localhost:9092', KAFKA_TLS: 'yes' }, 'KAFKA_TLS is on or off'],
  ])('rejects %j with a message about %s', (env, expected) => {
    const result = kafkaConfigSchema.safeParse(env);
    expect(result.success).toBe(false);
    const text = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(text).toContain(expected);
  });
});
