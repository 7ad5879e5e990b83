import { parseDurationSeconds } from '@relocation/access';
import { join } from 'node:path';
import { pollMsSchema } from '@relocation/deadline-monitor';
import { deadlinePolicyOverrideSchema } from '@relocation/domain';

/** An http(s) URL whose host is this machine's loopback (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
  } catch {
    return false;
  }
}
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A token lifetime: seconds or 15m, 8h, 2d. */
const durationSeconds = z.string().transform((text, ctx) => {
  const seconds = parseDurationSeconds(text);
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: 'a duration such as 3600, 15m, 8h or 1d' });
    return z.NEVER;
  }
  return seconds;
});

const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

/**
 * Every setting of the API, from the environment. Parsed once in `main` (never at import time) and frozen.
 */
export const configSchema = z
  .object({
    EVENT_STORE: z.enum(['pglite', 'postgres', 'kurrentdb']).default('pglite'),
    DATABASE_URL: optionalText,
    // The owner role that runs the migrations (DATABASE_URL is then the runtime role, which may only append and
    // read history); defaults to DATABASE_URL, one role for both, in development.
    MIGRATION_DATABASE_URL: optionalText,
    KURRENTDB_URL: optionalText,
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().trim().min(1).default('./.data'),
    AUTH_MODE: z.enum(['dev', 'jwks']).default('dev'),
    JWKS_URL: optionalText,
    AUTH_ISSUER: optionalText,
    AUTH_AUDIENCE: optionalText,
    // Tokens living longer than this (exp - iat) are refused, and so are tokens without iat.
    AUTH_MAX_TOKEN_AGE: durationSeconds.default(28_800),
    // Failed authentications per client address per RATE_LIMIT_WINDOW_MS; then 429.
    AUTH_FAILURES_MAX: positiveInt(20),
    RELOCATION_KEKS: optionalText,
    RELOCATION_ACTIVE_KEK: optionalText,
    READ_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    BODY_LIMIT_BYTES: positiveInt(262_144),
    RATE_LIMIT_MAX: positiveInt(300),
    RATE_LIMIT_WINDOW_MS: positiveInt(60_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PROVIDERS_FILE: optionalText,
    DEADLINES_POLICY: jsonText.pipe(deadlinePolicyOverrideSchema).optional(),
    // inline: this process also projects the read models; off: services/projector does (production, PostgreSQL).
    PROJECTOR: z.enum(['inline', 'off']).default('inline'),
    // The deadline policy (JSON, durations per kind and urgency); DEADLINES_POLICY is the older spelling.
    DEADLINE_POLICY: jsonText.pipe(deadlinePolicyOverrideSchema).optional(),
    DEADLINE_POLICY_FILE: optionalText,
    // inline: this process runs the deadline monitor; off: services/deadlines (or nothing) does.
    DEADLINE_MONITOR: z.enum(['inline', 'off']).default('inline'),
    DEADLINE_POLL_MS: pollMsSchema.default(1000),
    // on: GET /metrics (Prometheus) on the API's port, for `Authorization: Bearer <METRICS_TOKEN>` only; off: no
    // /metrics. Default: on when METRICS_TOKEN is set, off otherwise.
    METRICS: z.enum(['on', 'off']).optional(),
    // The scraper's bearer token for GET /metrics: at least 32 characters (e.g. `openssl rand -hex 32`).
    METRICS_TOKEN: z
      .string()
      .min(32, { error: 'METRICS_TOKEN must be at least 32 characters (e.g. openssl rand -hex 32)' })
      .regex(/^[\x21-\x7e]+$/, { error: 'METRICS_TOKEN must be printable ASCII without spaces' })
      .optional(),
    // A user reading more distinct cases than this within an hour raises relocation_access_over_threshold_total.
    ACCESS_ALERT_DISTINCT_CASES_PER_HOUR: positiveInt(50),
    // Cases whose last entry is older than this many years are erased by the retention job (0 turns it off).
    RETENTION_YEARS: z.coerce.number().int().min(0).max(100).default(5),
    // How often the retention job looks for cases past retention.
    RETENTION_POLL_MS: positiveInt(3_600_000),
    // The embedded database (PGlite, PostgreSQL compiled to WebAssembly). off: V8 runs it with its baseline
    // compiler only, which saves about a second and 70 MB at every start (issue 16); on: V8 also optimizes its hot
    // functions, for long runs of heavy queries on the embedded database.
    PGLITE_WASM_TIERING: z.enum(['on', 'off']).default('off'),
    // Signed checkpoints of the stream and access log heads. inline: this process signs and publishes them; off:
    // another process does (verify still reads them).
    CHECKPOINTS: z.enum(['inline', 'off']).default('inline'),
    // Where checkpoints are written and read by verify (default <DATA_DIR>/checkpoints); outside the database.
    CHECKPOINT_DIR: optionalText,
    // The Ed25519 signing key (PKCS#8 PEM); required with AUTH_MODE=jwks, else generated into DATA_DIR.
    CHECKPOINT_SIGNING_KEY_FILE: optionalText,
    CHECKPOINT_INTERVAL_MS: positiveInt(300_000),
    // on: also publish each checkpoint to the Kafka topic relocation.checkpoints.v1 (KAFKA_* settings apply).
    CHECKPOINT_KAFKA: z.enum(['on', 'off']).default('off'),
    // The secret the statistics key household pseudonyms with (HMAC-SHA256): at least 32 bytes as hex (64+ hex
    // digits, e.g. openssl rand -hex 32). Kept outside the database; unset, one is generated once into
    // <DATA_DIR>/statistics-pseudonym-key. Set it in production (the same on every replica). Changing it changes
    // every pseudonym (the published counts stay the same).
    STATISTICS_PSEUDONYM_KEY: z
      .string()
      .trim()
      .regex(/^(?:[0-9a-fA-F]{2}){32,}$/, {
        error: 'STATISTICS_PSEUDONYM_KEY must be at least 64 hex digits (32 bytes; openssl rand -hex 32)',
      })
      .optional(),
    // k: the smallest number of households a published statistics count may hold (smaller ones are withheld).
    STATISTICS_MIN_HOUSEHOLDS: z.coerce.number().int().min(3).max(1000).default(5),
    // The console's built assets, served at /; default: services/console/dist of this repository.
    CONSOLE_DIR: optionalText,
    // The console signs its user out after this many minutes without activity.
    CONSOLE_INACTIVITY_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
    // The console's language until the user picks another (sv or en).
    CONSOLE_LANGUAGE: z.enum(['sv', 'en']).default('sv'),
    // AUTH_MODE=jwks: the console's OIDC client (public client, authorization code with PKCE) and its scopes.
    OIDC_CLIENT_ID: z.string().trim().min(1).default('relocation-console'),
    OIDC_SCOPES: z.string().trim().min(1).default('openid profile'),
  })
  .superRefine((env, ctx) => {
    const need = (key: keyof typeof env, why: string): void => {
      if (env[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `required ${why}` });
    };
    if (env.METRICS === 'on')
      need('METRICS_TOKEN', 'when METRICS=on (GET /metrics is never served unauthenticated)');
    if (env.EVENT_STORE === 'postgres') need('DATABASE_URL', 'when EVENT_STORE=postgres');
    if (env.EVENT_STORE === 'kurrentdb') need('KURRENTDB_URL', 'when EVENT_STORE=kurrentdb');
    const policies = [env.DEADLINE_POLICY, env.DEADLINES_POLICY, env.DEADLINE_POLICY_FILE];
    if (policies.filter((policy) => policy !== undefined).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEADLINE_POLICY'],
        message:
          'set one of DEADLINE_POLICY, DEADLINE_POLICY_FILE (or the older DEADLINES_POLICY), not several',
      });
    }
    if (env.MIGRATION_DATABASE_URL !== undefined && env.DATABASE_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['MIGRATION_DATABASE_URL'],
        message: 'needs DATABASE_URL (the runtime role) beside it',
      });
    }
    if (env.PROJECTOR === 'off' && env.EVENT_STORE !== 'postgres') {
      ctx.addIssue({
        code: 'custom',
        path: ['PROJECTOR'],
        message:
          'off needs EVENT_STORE=postgres: services/projector projects from PostgreSQL beside this process',
      });
    }
    if (env.AUTH_MODE === 'jwks') {
      // Production mode: no generated keys or sample data; everything is explicit.
      need('JWKS_URL', 'when AUTH_MODE=jwks (the identity provider’s key set)');
      need('AUTH_ISSUER', 'when AUTH_MODE=jwks (the exact iss of the tokens)');
      need('AUTH_AUDIENCE', 'when AUTH_MODE=jwks (the aud the tokens are issued for)');
      need('RELOCATION_KEKS', 'when AUTH_MODE=jwks (dev keys are generated only in dev mode)');
      need('RELOCATION_ACTIVE_KEK', 'when AUTH_MODE=jwks');
      need('PROVIDERS_FILE', 'when AUTH_MODE=jwks (the sample providers are fictional)');
      // Outside development the key set must come over TLS: over http anyone on the path can swap the keys.
      // http only for an issuer on this machine (loopback: nobody on a network path can swap the keys).
      if (env.JWKS_URL !== undefined && !/^https:\/\//i.test(env.JWKS_URL) && !isLoopbackUrl(env.JWKS_URL)) {
        ctx.addIssue({
          code: 'custom',
          path: ['JWKS_URL'],
          message:
            'must be an https URL when AUTH_MODE=jwks (http only for an issuer on this machine: loopback)',
        });
      }
      need('CHECKPOINT_SIGNING_KEY_FILE', 'when AUTH_MODE=jwks (a key kept off the database host)');
    }
    if ((env.RELOCATION_KEKS === undefined) !== (env.RELOCATION_ACTIVE_KEK === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['RELOCATION_ACTIVE_KEK'],
        message: 'set RELOCATION_KEKS and RELOCATION_ACTIVE_KEK together',
      });
    }
  })
  .transform((env) => ({
    eventStore: env.EVENT_STORE,
    databaseUrl: env.DATABASE_URL,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL,
    kurrentDbUrl: env.KURRENTDB_URL,
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    pgliteWasmTiering: env.PGLITE_WASM_TIERING,
    auth:
      env.AUTH_MODE === 'jwks'
        ? {
            mode: 'jwks' as const,
            jwksUrl: env.JWKS_URL ?? '',
            issuer: env.AUTH_ISSUER ?? '',
            audience: env.AUTH_AUDIENCE ?? '',
            maxTokenAgeSeconds: env.AUTH_MAX_TOKEN_AGE,
          }
        : { mode: 'dev' as const, maxTokenAgeSeconds: env.AUTH_MAX_TOKEN_AGE },
    keks:
      env.RELOCATION_KEKS === undefined || env.RELOCATION_ACTIVE_KEK === undefined
        ? undefined
        : { RELOCATION_KEKS: env.RELOCATION_KEKS, RELOCATION_ACTIVE_KEK: env.RELOCATION_ACTIVE_KEK },
    readWaitMs: env.READ_WAIT_MS,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    rateLimit: {
      max: env.RATE_LIMIT_MAX,
      windowMs: env.RATE_LIMIT_WINDOW_MS,
      authFailuresMax: env.AUTH_FAILURES_MAX,
    },
    logLevel: env.LOG_LEVEL,
    providersFile: env.PROVIDERS_FILE,
    deadlinePolicy: env.DEADLINE_POLICY ?? env.DEADLINES_POLICY,
    deadlinePolicyFile: env.DEADLINE_POLICY_FILE,
    deadlineMonitor: env.DEADLINE_MONITOR,
    deadlinePollMs: env.DEADLINE_POLL_MS,
    metrics: env.METRICS ?? (env.METRICS_TOKEN === undefined ? ('off' as const) : ('on' as const)),
    metricsToken: env.METRICS_TOKEN,
    projector: env.PROJECTOR,
    accessAlertDistinctCasesPerHour: env.ACCESS_ALERT_DISTINCT_CASES_PER_HOUR,
    retention: { years: env.RETENTION_YEARS, pollMs: env.RETENTION_POLL_MS },
    checkpoints: {
      publisher: env.CHECKPOINTS,
      directory: env.CHECKPOINT_DIR ?? join(env.DATA_DIR, 'checkpoints'),
      signingKeyFile: env.CHECKPOINT_SIGNING_KEY_FILE,
      intervalMs: env.CHECKPOINT_INTERVAL_MS,
      kafka: env.CHECKPOINT_KAFKA,
    },
    statistics: {
      pseudonymKeyHex: env.STATISTICS_PSEUDONYM_KEY,
      minimumHouseholds: env.STATISTICS_MIN_HOUSEHOLDS,
    },
    console: {
      dir: env.CONSOLE_DIR,
      inactivityMinutes: env.CONSOLE_INACTIVITY_MINUTES,
      defaultLanguage: env.CONSOLE_LANGUAGE,
      oidc: { clientId: env.OIDC_CLIENT_ID, scopes: env.OIDC_SCOPES.split(/\s+/) },
    },
  }));

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Thrown by `parseConfig` with one line per problem, naming the variable. */
export class ConfigError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** Parses the environment once; the result is frozen. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  return deepFreeze(parsed.data);
}

/** Whether this configuration runs the embedded database (PGlite) in this process. */
export const usesEmbeddedDatabase = (config: Pick<Config, 'eventStore' | 'databaseUrl'>): boolean =>
  config.eventStore === 'pglite' || (config.eventStore === 'kurrentdb' && config.databaseUrl === undefined);
