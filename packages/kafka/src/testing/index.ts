import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { kafkaConfigSchema } from '../config.ts';
import type { KafkaConfig } from '../config.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The tests' Kafka settings from the environment (`KAFKA_BROKERS`, `KAFKA_SASL_*`, `KAFKA_TLS*`; CI sources the
 * `kafka.env` that infra/kafka-local/start.sh writes), with the given client id; undefined without `KAFKA_BROKERS`.
 */
export function testKafkaConfig(clientId: string, env: Env = process.env): KafkaConfig | undefined {
  if (!env.KAFKA_BROKERS) return undefined;
  return kafkaConfigSchema.parse({ ...env, KAFKA_CLIENT_ID: clientId });
}

/**
 * The users and passwords of a kafka-local broker (`KAFKA_LOCAL_CREDENTIALS`: the `credentials.properties` that
 * start.sh writes, one `user=password` line each); undefined when the variable is not set.
 */
export function localKafkaCredentials(env: Env = process.env): ReadonlyMap<string, string> | undefined {
  const file = env.KAFKA_LOCAL_CREDENTIALS;
  if (!file) return undefined;
  const users = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const separator = line.indexOf('=');
    if (separator > 0) users.set(line.slice(0, separator), line.slice(separator + 1).trim());
  }
  return users;
}

/** The tests' settings as another SCRAM user of the local broker (e.g. `relay`, `municipality-0180`). */
export function testKafkaConfigAs(user: string, clientId: string, env: Env = process.env): KafkaConfig {
  const password = localKafkaCredentials(env)?.get(user);
  if (password === undefined)
    throw new Error(`no password for Kafka user ${user} in KAFKA_LOCAL_CREDENTIALS`);
  return kafkaConfigSchema.parse({
    ...env,
    KAFKA_CLIENT_ID: clientId,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: user,
    KAFKA_SASL_PASSWORD: password,
  });
}

/** The client environment of a kafka-local instance: the `export NAME=value` lines of `<workDir>/kafka.env`. */
export function kafkaLocalEnv(workDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(workDir, 'kafka.env'), 'utf8').split('\n')) {
    const match = /^export ([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) env[match[1]] = match[2];
  }
  return env;
}

/** A suffix that keeps topic and group names of one test run apart from every other run on a shared broker. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
}

export interface ConsumedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

function decode(topic: string, partition: number, message: KafkaMessage): ConsumedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value.toString();
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    value: message.value?.toString('utf8') ?? null,
    headers,
  };
}

/**
 * Reads a topic (or several) from the beginning with a new consumer group until `done(received)` says so, then
 * disconnects. Messages come in partition order, not across partitions. Bound the wait with the test's timeout.
 */
export async function consumeUntil(
  kafka: Kafka,
  topic: string | readonly string[],
  done: (received: readonly ConsumedMessage[]) => boolean,
  groupId = `test-${uniqueSuffix()}`,
): Promise<ConsumedMessage[]> {
  const consumer = kafka.consumer({ groupId });
  const received: ConsumedMessage[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({
      topics: typeof topic === 'string' ? [topic] : [...topic],
      fromBeginning: true,
    });
    await new Promise<void>((resolve, reject) => {
      // A crash kafkajs restarts from (a retriable error, such as the group coordinator still loading on a broker
      // just started) is not the end of the read: only one it gives up on is.
      consumer.on(consumer.events.CRASH, (event) => {
        if (!event.payload.restart) reject(event.payload.error);
      });
      consumer
        .run({
          eachMessage: async ({ topic: from, partition, message }) => {
            received.push(decode(from, partition, message));
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

/** Reads a topic (or several) from the beginning until `count` messages have arrived (see `consumeUntil`). */
export async function consumeMessages(
  kafka: Kafka,
  topic: string | readonly string[],
  count: number,
  groupId = `test-${uniqueSuffix()}`,
): Promise<ConsumedMessage[]> {
  return consumeUntil(kafka, topic, (received) => received.length >= count, groupId);
}
