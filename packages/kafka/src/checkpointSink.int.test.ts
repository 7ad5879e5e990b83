import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointsTopic, createCheckpointTopicSink } from './checkpointSink.ts';
import { kafkaConfigSchema } from './config.ts';
import { createKafka } from './createKafka.ts';
import { consumeUntil, uniqueSuffix } from './testing/index.ts';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) {
  console.warn(
    'checkpointSink.int.test.ts skipped: KAFKA_BROKERS is not set (bash infra/kafka-local/start.sh)',
  );
}

describe.skipIf(!brokers)('the checkpoint topic on a real broker', () => {
  it('receives each signed checkpoint the sink publishes, creating the topic when missing', async () => {
    // The whole environment, so the broker's security settings (KAFKA_*) apply as they do in the services.
    const config = kafkaConfigSchema.parse({
      ...process.env,
      KAFKA_CLIENT_ID: `checkpoint-int-${uniqueSuffix()}`,
    });
    const kafka = createKafka(config);
    const sink = createCheckpointTopicSink(kafka, config);
    const marker = randomUUID();
    const signed = { body: { issuedAt: new Date().toISOString(), marker }, signature: 'c2lnbmF0dXJl' };
    try {
      await sink.publish(signed);
    } finally {
      await sink.close();
    }
    const received = await consumeUntil(kafka, checkpointsTopic, (messages) =>
      messages.some((message) => message.value?.includes(marker) === true),
    );
    const mine = received.find((message) => message.value?.includes(marker) === true);
    expect(mine?.key).toBe('checkpoint');
    expect(JSON.parse(mine?.value ?? 'null')).toEqual(signed);
  }, 120_000);
});
