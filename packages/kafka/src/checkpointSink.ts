import type { Kafka } from 'kafkajs';
import type { KafkaConfig } from './config.ts';
import { ensureTopics } from './ensureTopics.ts';
import { createPublisher } from './publisher.ts';

/**
 * Signed checkpoints of the event store's and the access log's heads (case ids and hashes, no personal data), one
 * message each, so that a copy of every checkpoint lives outside the database host. One partition keeps them in
 * order; give the topic a retention at least as long as the WAL and backup retention (docs/security.md).
 */
export const checkpointsTopic = 'relocation.checkpoints.v1';

export interface CheckpointTopicSink {
  readonly name: 'kafka';
  /** Publishes one signed checkpoint as JSON; creates the topic first if it does not exist. */
  publish(signed: unknown): Promise<void>;
  close(): Promise<void>;
}

/** The Kafka sink of the checkpoint publisher, over the engine's client configuration (TLS/SASL included). */
export function createCheckpointTopicSink(kafka: Kafka, config: KafkaConfig): CheckpointTopicSink {
  const publisher = createPublisher(kafka);
  let connected: Promise<void> | undefined;
  const connect = async (): Promise<void> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [
        { topic: checkpointsTopic, numPartitions: 1, replicationFactor: config.replicationFactor },
      ]);
    } finally {
      await admin.disconnect();
    }
    await publisher.connect();
  };
  return {
    name: 'kafka',
    async publish(signed) {
      connected ??= connect().catch((error: unknown) => {
        connected = undefined;
        throw error;
      });
      await connected;
      await publisher.publish(checkpointsTopic, [{ key: 'checkpoint', value: JSON.stringify(signed) }]);
    },
    async close() {
      if (connected === undefined) return;
      await connected.catch(() => undefined);
      connected = undefined;
      await publisher.disconnect();
    },
  };
}
