import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

/** A suffix that keeps topic and group names of one test run apart from every other run on a shared broker. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
}

export interface ConsumedMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

function decode(partition: number, message: KafkaMessage): ConsumedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value.toString();
  }
  return {
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    value: message.value?.toString('utf8') ?? null,
    headers,
  };
}

/**
 * Reads a topic from the beginning with a new consumer group until `done(received)` says so, then disconnects.
 * Messages come in partition order, not across partitions. Bound the wait with the test's timeout.
 */
export async function consumeUntil(
  kafka: Kafka,
  topic: string,
  done: (received: readonly ConsumedMessage[]) => boolean,
  groupId = `test-${uniqueSuffix()}`,
): Promise<ConsumedMessage[]> {
  const consumer = kafka.consumer({ groupId });
  const received: ConsumedMessage[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, (event) => reject(event.payload.error));
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            received.push(decode(partition, message));
            if (done(received)) resolve();
          },
        })
        .catch(reject);
    });
    return received;
  } finally {
    await consumer.disconnect();
  }
}

/** Reads a topic from the beginning until `count` messages have arrived (see `consumeUntil`). */
export async function consumeMessages(
  kafka: Kafka,
  topic: string,
  count: number,
  groupId = `test-${uniqueSuffix()}`,
): Promise<ConsumedMessage[]> {
  return consumeUntil(kafka, topic, (received) => received.length >= count, groupId);
}
