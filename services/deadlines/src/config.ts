import { pollMsSchema } from '@relocation/deadline-monitor';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * Settings of the monitor when it runs alone (`pnpm --filter @relocation/deadlines start`). It reads the read
 * models that the API or the projector keeps, and appends to the same event store. Parsed once in main, frozen.
 */
export const monitorConfigSchema = z
  .object({
    EVENT_STORE: z.enum(['pglite', 'postgres']).default('pglite'),
    DATABASE_URL: optionalText,
    READ_MODEL_SCHEMA: z.string().trim().min(1).default('read_models'),
    DEADLINE_POLL_MS: pollMsSchema.default(1000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // The health server: GET /healthz (the process runs) and /readyz (every worker ready), for probes.
    HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(8083),
    HEALTH_HOST: z.string().trim().min(1).default('127.0.0.1'),
    // on: this service also signs and publishes checkpoints of the stream and access log heads (docs/security.md),
    // for deployments whose API replicas run with CHECKPOINTS=off.
    CHECKPOINTS: z.enum(['on', 'off']).default('off'),
    CHECKPOINT_DIR: optionalText,
    CHECKPOINT_SIGNING_KEY_FILE: optionalText,
    CHECKPOINT_INTERVAL_MS: z.coerce.number().int().positive().default(300_000),
    CHECKPOINT_KAFKA: z.enum(['on', 'off']).default('off'),
  })
  .superRefine((env, ctx) => {
    if (env.EVENT_STORE === 'pglite') {
      ctx.addIssue({
        code: 'custom',
        path: ['EVENT_STORE'],
        message:
          'the monitor runs alone only against PostgreSQL (EVENT_STORE=postgres): PGlite allows one process, so ' +
          'with PGlite it runs inside the API (DEADLINE_MONITOR=inline, the default)',
      });
    }
    if (env.EVENT_STORE === 'postgres' && env.DATABASE_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required when EVENT_STORE=postgres' });
    }
    if (env.CHECKPOINTS === 'on') {
      for (const key of ['CHECKPOINT_DIR', 'CHECKPOINT_SIGNING_KEY_FILE'] as const) {
        if (env[key] === undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'required when CHECKPOINTS=on' });
        }
      }
    }
  })
  .transform((env) => ({
    databaseUrl: env.DATABASE_URL ?? '',
    readModelSchema: env.READ_MODEL_SCHEMA,
    pollMs: env.DEADLINE_POLL_MS,
    logLevel: env.LOG_LEVEL,
    health: { port: env.HEALTH_PORT, host: env.HEALTH_HOST },
    checkpoints:
      env.CHECKPOINTS === 'on'
        ? {
            directory: env.CHECKPOINT_DIR ?? '',
            signingKeyFile: env.CHECKPOINT_SIGNING_KEY_FILE ?? '',
            intervalMs: env.CHECKPOINT_INTERVAL_MS,
            kafka: env.CHECKPOINT_KAFKA,
          }
        : undefined,
  }));

export type MonitorConfig = Readonly<z.infer<typeof monitorConfigSchema>>;

/** Parses the environment once; throws one line per problem, naming the variable. */
export function parseMonitorConfig(env: Readonly<Record<string, string | undefined>>): MonitorConfig {
  const parsed = monitorConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || 'environment'}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
