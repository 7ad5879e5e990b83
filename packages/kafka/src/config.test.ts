import { describe, expect, it } from 'vitest';
import { kafkaConfigSchema } from './config.ts';

describe('kafkaConfigSchema', () => {
  it('splits a comma-separated broker list, trims entries and fills in defaults', () => {
    const config = kafkaConfigSchema.parse({ KAFKA_BROKERS: ' 127.0.0.1:19092, kafka-1.internal:9092 ,' });
    expect(config).toEqual({
      brokers: ['127.0.0.1:19092', 'kafka-1.internal:9092'],
      clientId: 'relocation-engine',
      topicPartitions: 3,
      replicationFactor: 1,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.brokers)).toBe(true);
  });

  it('reads numbers from environment strings and accepts a bracketed IPv6 broker', () => {
    const config = kafkaConfigSchema.parse({
      KAFKA_BROKERS: '[::1]:9092',
      KAFKA_CLIENT_ID: 'relay-1',
      KAFKA_TOPIC_PARTITIONS: '12',
      KAFKA_REPLICATION_FACTOR: '3',
    });
    expect(config).toMatchObject({
      brokers: ['[::1]:9092'],
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
      'topicPartitions',
    ]);
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
  ])('rejects %j with a message about %s', (env, expected) => {
    const result = kafkaConfigSchema.safeParse(env);
    expect(result.success).toBe(false);
    const text = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(text).toContain(expected);
  });
});
