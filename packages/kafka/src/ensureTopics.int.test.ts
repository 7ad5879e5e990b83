import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from 'kafkajs';
import { createKafka } from './createKafka.ts';
import { ensureTopics } from './ensureTopics.ts';
import { testKafkaConfig, uniqueSuffix } from './testing/index.ts';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers)
  console.warn(
    'ensureTopics.int.test.ts skipped: KAFKA_BROKERS is not set (bash infra/kafka-local/start.sh)',
  );

describe.skipIf(!brokers)('ensureTopics against a real broker', () => {
  const suffix = uniqueSuffix();
  let admin: Admin;

  beforeAll(async () => {
    const config = testKafkaConfig(`kafka-int-${suffix}`)!;
    admin = createKafka(config).admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
  });

  it('creates missing topics with the requested partitions, and a second call changes nothing', async () => {
    const specs = [
      { topic: `test.ensure-a.${suffix}`, numPartitions: 3, replicationFactor: 1 },
      { topic: `test.ensure-b.${suffix}`, numPartitions: 1, replicationFactor: 1 },
    ];
    const first = await ensureTopics(admin, specs);
    expect(first).toEqual({ created: [specs[0]?.topic, specs[1]?.topic], existing: [] });

    const second = await ensureTopics(admin, specs);
    expect(second).toEqual({ created: [], existing: [specs[0]?.topic, specs[1]?.topic] });

    const metadata = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.topic) });
    const partitions = Object.fromEntries(
      metadata.topics.map((topic) => [topic.name, topic.partitions.length]),
    );
    expect(partitions).toEqual({ [`test.ensure-a.${suffix}`]: 3, [`test.ensure-b.${suffix}`]: 1 });
  });

  it('creates only the missing ones when some exist, and concurrent calls both succeed', async () => {
    const existing = { topic: `test.ensure-c.${suffix}`, numPartitions: 1, replicationFactor: 1 };
    const added = { topic: `test.ensure-d.${suffix}`, numPartitions: 2, replicationFactor: 1 };
    await ensureTopics(admin, [existing]);
    expect(await ensureTopics(admin, [existing, added])).toEqual({
      created: [added.topic],
      existing: [existing.topic],
    });

    const racing = { topic: `test.ensure-e.${suffix}`, numPartitions: 1, replicationFactor: 1 };
    const results = await Promise.all([ensureTopics(admin, [racing]), ensureTopics(admin, [racing])]);
    expect(results).toHaveLength(2);
    expect(await admin.listTopics()).toContain(racing.topic);
  });

  it('rejects a list that names a topic twice', async () => {
    const spec = { topic: `test.ensure-f.${suffix}`, numPartitions: 1, replicationFactor: 1 };
    await expect(ensureTopics(admin, [spec, spec])).rejects.toThrow('listed twice');
  });
});
