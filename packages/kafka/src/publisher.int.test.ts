import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin, Kafka } from 'kafkajs';
import { notificationMessageSchema } from './contracts/notification.ts';
import { createKafka } from './createKafka.ts';
import { ensureTopics } from './ensureTopics.ts';
import { createPublisher } from './publisher.ts';
import type { Publisher } from './publisher.ts';
import { consumeMessages, testKafkaConfig, uniqueSuffix } from './testing/index.ts';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers)
  console.warn('publisher.int.test.ts skipped: KAFKA_BROKERS is not set (bash infra/kafka-local/start.sh)');

function notification(relocationId: string, index: number) {
  return {
    eventId: randomUUID(),
    relocationId,
    type: 'DeadlineMissed',
    occurredAt: new Date(Date.UTC(2026, 10, 23, 10, 0, index)).toISOString(),
    recipient: 'coordinator:national',
    position: String(1_000 + index),
  };
}

describe.skipIf(!brokers)('publisher against a real broker', () => {
  const suffix = uniqueSuffix();
  const topic = `test.notifications.${suffix}`;
  let kafka: Kafka;
  let admin: Admin;
  let publisher: Publisher;

  beforeAll(async () => {
    const config = testKafkaConfig(`kafka-int-${suffix}`)!;
    kafka = createKafka(config);
    admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [{ topic, numPartitions: 3, replicationFactor: 1 }]);
    publisher = createPublisher(kafka);
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher?.disconnect();
    await admin?.disconnect();
  });

  it('resolves with the acknowledged offsets, and a consumer reads the messages back in order per key', async () => {
    const cases = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const sent = Array.from({ length: 24 }, (_, index) =>
      notification(cases[index % cases.length] as string, index),
    );
    // Three batches, so that order across separate sends is covered as well as order within one.
    const acknowledged = [];
    for (const batch of [sent.slice(0, 5), sent.slice(5, 6), sent.slice(6)]) {
      const metadata = await publisher.publish(
        topic,
        batch.map((message) => ({
          key: message.relocationId,
          value: JSON.stringify(notificationMessageSchema.parse(message)),
          headers: { 'content-type': 'application/json' },
        })),
      );
      acknowledged.push(...metadata);
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const record of acknowledged) {
      expect(record.topicName).toBe(topic);
      expect(record.errorCode).toBe(0);
    }

    const received = await consumeMessages(kafka, topic, sent.length);
    expect(received).toHaveLength(sent.length);

    const byKey = (messages: readonly { key: string | null; value: string | null }[]) => {
      const groups = new Map<string, unknown[]>();
      for (const message of messages) {
        const list = groups.get(message.key ?? '') ?? [];
        list.push(notificationMessageSchema.parse(JSON.parse(message.value ?? 'null')));
        groups.set(message.key ?? '', list);
      }
      return groups;
    };
    const expected = byKey(
      sent.map((message) => ({ key: message.relocationId, value: JSON.stringify(message) })),
    );
    expect(byKey(received)).toEqual(expected);

    // Each key stays on one partition, and every message carries its headers through.
    for (const key of cases) {
      const partitions = new Set(received.filter((message) => message.key === key).map((m) => m.partition));
      expect(partitions.size).toBe(1);
    }
    expect(received.every((message) => message.headers['content-type'] === 'application/json')).toBe(true);
  });

  it('a message that gained a personal-data field on the way fails the strict schema on the consumer side', async () => {
    const leakTopic = `test.notifications-leak.${suffix}`;
    await ensureTopics(admin, [{ topic: leakTopic, numPartitions: 1, replicationFactor: 1 }]);
    const clean = notification(randomUUID(), 0);
    const leaking = { ...notification(clean.relocationId, 1), personnummer: '19900101-1234' };
    await publisher.publish(leakTopic, [
      { key: clean.relocationId, value: JSON.stringify(clean) },
      { key: leaking.relocationId, value: JSON.stringify(leaking) },
    ]);

    const [first, second] = await consumeMessages(kafka, leakTopic, 2);
    expect(notificationMessageSchema.safeParse(JSON.parse(first?.value ?? 'null')).success).toBe(true);
    const rejected = notificationMessageSchema.safeParse(JSON.parse(second?.value ?? 'null'));
    expect(rejected.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['personnummer'] });
  });

  it('publishing to a topic that does not exist fails instead of creating it', async () => {
    const missing = createPublisher(kafka, {
      retry: { maxAttempts: 2, initialDelayMs: 10, maxDelayMs: 10 },
    });
    await missing.connect();
    try {
      await expect(
        missing.publish(`test.never-created.${suffix}`, [{ key: 'k', value: 'v' }]),
      ).rejects.toThrow();
      expect(await admin.listTopics()).not.toContain(`test.never-created.${suffix}`);
    } finally {
      await missing.disconnect();
    }
  });
});
