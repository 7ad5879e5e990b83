import { DEFAULT_SCHEMA } from '@relocation/event-store-postgres';
import { DEFAULT_READ_MODEL_SCHEMA } from '@relocation/read-models';
import { z } from 'zod';

const schemaName = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a PostgreSQL schema name: lower-case letters, digits and "_" (1-63)');

const databaseUrlRequired = 'required: the PostgreSQL database of the event store and the read models';

/**
 * Every setting of the projector, from the environment. The read models live in the event store's own database
 * (they place positions in its feed order), so one DATABASE_URL names both.
 */
export const configSchema = z
  .object({
    DATABASE_URL: z.string({ error: databaseUrlRequired }).trim().min(1, databaseUrlRequired),
    EVENT_STORE_SCHEMA: schemaName.default(DEFAULT_SCHEMA),
    READ_MODEL_SCHEMA: schemaName.default(DEFAULT_READ_MODEL_SCHEMA),
    PROJECTOR_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(200),
    PROJECTOR_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
    // How often a standby instance tries to take the leader lock.
    PROJECTOR_LEADER_RETRY_MS: z.coerce.number().int().min(10).max(60_000).default(2_000),
    HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(8082),
    HEALTH_HOST: z.string().trim().min(1).default('127.0.0.1'),
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL,
    eventStoreSchema: env.EVENT_STORE_SCHEMA,
    readModelSchema: env.READ_MODEL_SCHEMA,
    batchSize: env.PROJECTOR_BATCH_SIZE,
    pollIntervalMs: env.PROJECTOR_POLL_INTERVAL_MS,
    leaderRetryMs: env.PROJECTOR_LEADER_RETRY_MS,
    health: { port: env.HEALTH_PORT, host: env.HEALTH_HOST },
  }));

export type ProjectorConfig = Readonly<z.infer<typeof configSchema>>;

/** Thrown by `parseConfig` with one line per problem, naming the variable (never its value). */
export class ConfigError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, in `main`; the result is frozen. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ProjectorConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  Object.freeze(parsed.data.health);
  return Object.freeze(parsed.data);
}
