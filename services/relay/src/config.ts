import { kekEnvSchema } from '@relocation/crypto';
import { defaultJwksAlgorithms, signatureAlgorithmSchema } from '@relocation/access';
import { kafkaConfigSchema } from '@relocation/kafka';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const loopback = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/;

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
    // The police issuer whose signature every inbound assessment must carry (docs/design.md §5).
    RELAY_POLICE_ISSUER: optionalText,
    RELAY_POLICE_JWKS_URL: optionalText.pipe(
      z
        .url({
          protocol: /^https?$/,
          error: 'RELAY_POLICE_JWKS_URL must be an https URL of the police key set',
        })
        .refine((url) => new URL(url).protocol === 'https:' || loopback.test(new URL(url).hostname), {
          error:
            'RELAY_POLICE_JWKS_URL must use https (http only for a key set on this machine, in development)',
        })
        .optional(),
    ),
    RELAY_POLICE_JWKS_FILE: optionalText,
    RELAY_POLICE_AUDIENCE: z.string().trim().min(1).default('urn:relocation:relay'),
    RELAY_POLICE_ALGORITHMS: z
      .string()
      .default(defaultJwksAlgorithms.join(','))
      .transform((value) => value.split(',').map((entry) => entry.trim()))
      .pipe(z.array(signatureAlgorithmSchema).min(1)),
    // The longest lifetime (exp - iat) and the oldest iat of a signed assessment; older ones are dead-lettered.
    RELAY_ASSESSMENT_MAX_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 86_400)
      .default(86_400),
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
    if (env.RELAY_INBOUND === 'on') {
      if (env.RELAY_POLICE_ISSUER === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['RELAY_POLICE_ISSUER'],
          message:
            'RELAY_POLICE_ISSUER is required when RELAY_INBOUND=on: the iss the police sign assessments with',
        });
      }
      if ((env.RELAY_POLICE_JWKS_URL === undefined) === (env.RELAY_POLICE_JWKS_FILE === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['RELAY_POLICE_JWKS_URL'],
          message:
            'exactly one of RELAY_POLICE_JWKS_URL and RELAY_POLICE_JWKS_FILE is required when RELAY_INBOUND=on: ' +
            "the police issuer's key set",
        });
      }
    }
  });

/**
 * Every setting of the relay, from the environment: Kafka (`KAFKA_*`, see @relocation/kafka), the event store like
 * the API's, the checkpoint and consumer group ids, the health port and the police issuer (`RELAY_POLICE_*`). Parse once in `main`; the result is frozen.
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
    police:
      settings.RELAY_INBOUND === 'on'
        ? Object.freeze({
            issuer: settings.RELAY_POLICE_ISSUER ?? '',
            keys:
              settings.RELAY_POLICE_JWKS_URL !== undefined
                ? Object.freeze({ url: settings.RELAY_POLICE_JWKS_URL })
                : Object.freeze({ file: settings.RELAY_POLICE_JWKS_FILE ?? '' }),
            audience: settings.RELAY_POLICE_AUDIENCE,
            algorithms: Object.freeze(settings.RELAY_POLICE_ALGORITHMS),
            maxAgeSeconds: settings.RELAY_ASSESSMENT_MAX_AGE_SECONDS,
          })
        : undefined,
  });
}

export type RelayConfig = ReturnType<typeof parseConfig>;
