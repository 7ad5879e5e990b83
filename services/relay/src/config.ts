import { kekEnvSchema } from '@relocation/crypto';
import { kafkaConfigSchema } from '@relocation/kafka';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const relaySettingsSchema = z
  .object({
    EVENT_STORE: z.enum(['pglite', 'postgres']).default('pglite'),
    DATABASE_URL: optionalText,
    DATA_DIR: z.string().trim().min(1).default('./.data'),
    RELAY_CHECKPOINT_ID: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'letters, digits, ".", "_", ":" and "-" (1-100)')
      .default('relay-notifications'),
    RELAY_CONSUMER_GROUP: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, ".", "_" and "-" (1-100)')
      .default('relocation-relay-threat-assessments'),
    // "off" runs the outbound notifications only (no police consumer, so no key-encryption keys needed).
    RELAY_INBOUND: z.enum(['on', 'off']).default('on'),
    RELAY_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(100),
    RELAY_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
    HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(8081),
    HEALTH_HOST: z.string().trim().min(1).default('127.0.0.1'),
    RELOCATION_KEKS: optionalText,
    RELOCATION_ACTIVE_KEK: optionalText,
  })
  .superRefine((env, ctx) => {
    if (env.EVENT_STORE === 'postgres' && env.DATABASE_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required when EVENT_STORE=postgres' });
    }
    if (
      env.RELAY_INBOUND === 'on' &&
      (env.RELOCATION_KEKS === undefined || env.RELOCATION_ACTIVE_KEK === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['RELOCATION_KEKS'],
        message:
          'RELOCATION_KEKS and RELOCATION_ACTIVE_KEK are required when RELAY_INBOUND=on: recording a police ' +
          'assessment seals its details with the case key (the same keys as the API)',
      });
    }
  });

/**
 * Every setting of the relay, from the environment: Kafka (`KAFKA_*`, see @relocation/kafka), the event store like
 * the API's, the checkpoint and consumer group ids and the health port. Parse once in `main`; the result is frozen.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>) {
  const kafka = kafkaConfigSchema.parse(env);
  const settings = relaySettingsSchema.parse(env);
  const keks =
    settings.RELAY_INBOUND === 'on'
      ? kekEnvSchema.parse({
          RELOCATION_KEKS: settings.RELOCATION_KEKS,
          RELOCATION_ACTIVE_KEK: settings.RELOCATION_ACTIVE_KEK,
        })
      : undefined;
  return Object.freeze({
    kafka,
    eventStore: settings.EVENT_STORE,
    databaseUrl: settings.DATABASE_URL,
    dataDir: settings.DATA_DIR,
    checkpointId: settings.RELAY_CHECKPOINT_ID,
    consumerGroup: settings.RELAY_CONSUMER_GROUP,
    inbound: settings.RELAY_INBOUND === 'on',
    batchSize: settings.RELAY_BATCH_SIZE,
    pollIntervalMs: settings.RELAY_POLL_INTERVAL_MS,
    health: Object.freeze({ port: settings.HEALTH_PORT, host: settings.HEALTH_HOST }),
    keks,
  });
}

export type RelayConfig = ReturnType<typeof parseConfig>;
