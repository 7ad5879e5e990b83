import { z } from 'zod';

/** One `host:port` entry of a broker list; the host is a DNS name, an IPv4 address or a bracketed IPv6 address. */
const brokerAddress = z
  .string()
  .regex(
    /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(?:[1-9]\d{0,4})$/,
    'each broker must be host:port, e.g. 127.0.0.1:19092',
  )
  .refine((address) => Number(address.slice(address.lastIndexOf(':') + 1)) <= 65_535, {
    message: 'a broker port must be at most 65535',
  });

/** `KAFKA_BROKERS` is a comma-separated list, the form every Kafka tool accepts; spaces around entries are ignored. */
const brokerList = z
  .string({ error: 'KAFKA_BROKERS is required: a comma-separated list of host:port' })
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .pipe(z.array(brokerAddress).min(1, 'KAFKA_BROKERS must name at least one broker'));

/**
 * Kafka settings read from the environment. Parse once in a service's `main` (never at import time):
 * `kafkaConfigSchema.parse(process.env)`. The result is frozen.
 */
export const kafkaConfigSchema = z
  .object({
    KAFKA_BROKERS: brokerList,
    // Shown in broker logs and quotas; letters, digits, dot, underscore and dash, like Kafka's own validation.
    KAFKA_CLIENT_ID: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,100}$/, 'KAFKA_CLIENT_ID may hold letters, digits, ".", "_" and "-" (1-100)')
      .default('relocation-engine'),
    // Partitions of the topics the engine creates. Notifications are keyed by recipient organisation and police
    // assessments by relocation id, so more partitions spread the load while keeping each key in order.
    KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(1_000).default(3),
    // Replicas of each partition: 1 for a single local broker, 3 in production.
    KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(16).default(1),
  })
  .transform((env) =>
    Object.freeze({
      brokers: Object.freeze(env.KAFKA_BROKERS),
      clientId: env.KAFKA_CLIENT_ID,
      topicPartitions: env.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: env.KAFKA_REPLICATION_FACTOR,
    }),
  );

export type KafkaConfig = z.output<typeof kafkaConfigSchema>;
