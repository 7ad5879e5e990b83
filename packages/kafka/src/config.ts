import { readFileSync } from 'node:fs';
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

const optionalText = z
  .string()
  .transform((value) => (value.trim() === '' ? undefined : value))
  .optional();

/** SASL mechanisms the clients speak: SCRAM only (PLAIN would send the password itself). */
export const kafkaSaslMechanisms = ['none', 'scram-sha-256', 'scram-sha-512'] as const;

const loopbackHost = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/;
const isLoopback = (broker: string): boolean => loopbackHost.test(broker.slice(0, broker.lastIndexOf(':')));

/** Reads the CA file during parsing, so that a wrong path fails at start with the setting's name. */
const caFile = optionalText.transform((path, ctx) => {
  if (path === undefined) return undefined;
  try {
    const pem = readFileSync(path, 'utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      ctx.addIssue({ code: 'custom', message: `KAFKA_TLS_CA_FILE ${path} holds no PEM certificate` });
      return z.NEVER;
    }
    return pem;
  } catch {
    ctx.addIssue({ code: 'custom', message: `KAFKA_TLS_CA_FILE ${path} cannot be read` });
    return z.NEVER;
  }
});

/**
 * Kafka settings read from the environment. Parse once in a service's `main` (never at import time):
 * `kafkaConfigSchema.parse(process.env)`. The result is frozen. Security (docs/design.md §5, Kafka is a trust boundary):
 * SASL/SCRAM (`KAFKA_SASL_*`) and TLS (`KAFKA_TLS`, `KAFKA_TLS_CA_FILE`); a broker that is not on this machine
 * (loopback) is refused without both.
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
    KAFKA_SASL_MECHANISM: z
      .enum(kafkaSaslMechanisms, {
        error: `KAFKA_SASL_MECHANISM is one of ${kafkaSaslMechanisms.join(', ')}`,
      })
      .default('none'),
    KAFKA_SASL_USERNAME: optionalText,
    KAFKA_SASL_PASSWORD: optionalText,
    KAFKA_TLS: z.enum(['on', 'off'], { error: 'KAFKA_TLS is on or off' }).default('off'),
    // PEM file of the CA(s) that signed the brokers' certificates; without it the system's CAs are trusted.
    KAFKA_TLS_CA_FILE: caFile,
  })
  .superRefine((env, ctx) => {
    const sasl = env.KAFKA_SASL_MECHANISM !== 'none';
    if (sasl && env.KAFKA_SASL_USERNAME === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['KAFKA_SASL_USERNAME'],
        message: `KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM=${env.KAFKA_SASL_MECHANISM}`,
      });
    }
    if (sasl && env.KAFKA_SASL_PASSWORD === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['KAFKA_SASL_PASSWORD'],
        message: `KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM=${env.KAFKA_SASL_MECHANISM}`,
      });
    }
    if (!sasl && (env.KAFKA_SASL_USERNAME !== undefined || env.KAFKA_SASL_PASSWORD !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['KAFKA_SASL_MECHANISM'],
        message: 'KAFKA_SASL_USERNAME/PASSWORD are set but KAFKA_SASL_MECHANISM is none: name the mechanism',
      });
    }
    if (env.KAFKA_TLS === 'off' && env.KAFKA_TLS_CA_FILE !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['KAFKA_TLS'],
        message: 'KAFKA_TLS_CA_FILE is set but KAFKA_TLS is off: set KAFKA_TLS=on',
      });
    }
    const remote = env.KAFKA_BROKERS.filter((broker) => !isLoopback(broker));
    if (remote.length > 0 && (!sasl || env.KAFKA_TLS === 'off')) {
      ctx.addIssue({
        code: 'custom',
        path: ['KAFKA_BROKERS'],
        message:
          `${remote.join(', ')} is not on this machine: Kafka is a trust boundary, so a remote broker needs ` +
          'KAFKA_TLS=on and KAFKA_SASL_MECHANISM=scram-sha-512 (or scram-sha-256) with a username and password',
      });
    }
  })
  .transform((env) =>
    Object.freeze({
      brokers: Object.freeze(env.KAFKA_BROKERS),
      clientId: env.KAFKA_CLIENT_ID,
      topicPartitions: env.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: env.KAFKA_REPLICATION_FACTOR,
      sasl:
        env.KAFKA_SASL_MECHANISM === 'none'
          ? undefined
          : Object.freeze({
              mechanism: env.KAFKA_SASL_MECHANISM,
              username: env.KAFKA_SASL_USERNAME ?? '',
              password: env.KAFKA_SASL_PASSWORD ?? '',
            }),
      tls:
        env.KAFKA_TLS === 'off'
          ? undefined
          : Object.freeze(env.KAFKA_TLS_CA_FILE === undefined ? {} : { ca: env.KAFKA_TLS_CA_FILE }),
    }),
  );

export type KafkaConfig = z.output<typeof kafkaConfigSchema>;
