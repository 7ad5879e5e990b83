import type { IHeaders, Kafka, Producer, RecordMetadata } from 'kafkajs';
import { Partitioners } from 'kafkajs';
import { defaultRetryPolicy, isTransientKafkaError, realRetryDependencies, retryTransient } from './retry.ts';
import type { RetryDependencies, RetryPolicy } from './retry.ts';

export interface OutboundMessage {
  /** Messages with the same key go to the same partition and keep their order (notifications: the recipient). */
  readonly key: string;
  readonly value: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Publisher {
  connect(): Promise<void>;
  /**
   * Sends the messages and resolves once every partition leader has written them and all in-sync replicas have
   * them (acks = -1). Transient failures are retried with backoff; the promise rejects when the retries run out
   * or the error is permanent. Delivery is at least once: a retried send after a lost acknowledgement can write
   * a message twice, so consumers drop duplicates by the message's own id.
   */
  publish(topic: string, messages: readonly OutboundMessage[]): Promise<RecordMetadata[]>;
  disconnect(): Promise<void>;
}

export interface PublisherOptions {
  readonly retry?: RetryPolicy;
  readonly retryDependencies?: RetryDependencies;
}

/**
 * A publisher over an idempotent kafkajs producer: the broker drops duplicates of a batch that kafkajs resends
 * within one producer session, and with one request in flight per broker a retried batch cannot overtake the next.
 */
export function createPublisher(kafka: Kafka, options: PublisherOptions = {}): Publisher {
  const policy = options.retry ?? defaultRetryPolicy;
  const deps = options.retryDependencies ?? realRetryDependencies;
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    // The Java client's murmur2 partitioner, so a key lands on the same partition whichever client produced it.
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
    // kafkajs retries quickly inside one send; the publisher's own policy adds slower retries around it. kafkajs
    // logs once that bounded retries weaken its exactly-once guarantee: delivery here is at least once anyway.
    retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 2_000 },
  });

  return {
    connect: () => producer.connect(),
    disconnect: () => producer.disconnect(),
    async publish(topic, messages) {
      if (messages.length === 0) return [];
      const payload = messages.map((message) => ({
        key: message.key,
        value: message.value,
        ...(message.headers ? { headers: { ...message.headers } satisfies IHeaders } : {}),
      }));
      return retryTransient(
        () => producer.send({ topic, messages: payload, acks: -1 }),
        isTransientKafkaError,
        policy,
        deps,
      );
    },
  };
}
