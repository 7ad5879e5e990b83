import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { createTokenVerifier, DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevSigningKey } from '@relocation/access';
import type { TokenVerifier } from '@relocation/access';
import { DEFAULT_ACCESS_LOG_SCHEMA } from '@relocation/access-log';
import { createCommandHandler, createProviderRegister } from '@relocation/application';
import { loadDeadlinePolicy } from '@relocation/deadline-monitor';
import type { DeadlinePolicy, ProviderUnit } from '@relocation/domain';
import { createServiceLogger, notReady, ready, runHost } from '@relocation/runtime';
import type { Host, HostReadiness, Logger, Worker } from '@relocation/runtime';
import { buildAdapters } from './adapters.ts';
import type { Adapters } from './adapters.ts';
import { createStatisticsQueries } from '@relocation/read-models';
import { buildApp } from './app.ts';
import { statisticsPseudonymKey } from './statisticsKey.ts';
import type { AppDependencies } from './app.ts';
import { defaultConsoleDir } from './console/staticConsole.ts';
import { createCaseChangeFeed } from './events/caseChangeFeed.ts';
import { parseConfig, usesEmbeddedDatabase } from './config.ts';
import type { Config } from './config.ts';
import { createDeadlineSide } from './deadlines/deadlineSide.ts';
import { createHttpWorker, type HttpWorker } from './httpWorker.ts';
import { checkpointFreshness, createCheckpointSide } from './security/checkpointSide.ts';
import { createSecuritySide } from './security/securitySide.ts';
import { isKnownMunicipality } from './municipalities.ts';
import { loadProvidersFile, sampleProvidersFile } from './providers.ts';
import { verifyRelocationStores } from './security/verifyStores.ts';
import { createReadSide } from './readSide.ts';

/** The console's settings and, in AUTH_MODE=dev, the key its development sign-in mints tokens with. */
async function consoleFor(config: Config): Promise<NonNullable<AppDependencies['console']>> {
  const common = {
    dir: config.console.dir === undefined ? defaultConsoleDir : resolve(config.console.dir),
    inactivityMinutes: config.console.inactivityMinutes,
    defaultLanguage: config.console.defaultLanguage,
  };
  const { auth } = config;
  if (auth.mode === 'dev') {
    const { dir, ...settings } = common;
    return {
      dir,
      settings: { ...settings, auth: { mode: 'dev' } },
      devSigningKey: await loadOrCreateDevSigningKey(config.dataDir),
    };
  }
  const { dir, ...settings } = common;
  return {
    dir,
    settings: {
      ...settings,
      auth: {
        mode: 'jwks',
        issuer: auth.issuer,
        clientId: config.console.oidc.clientId,
        scopes: config.console.oidc.scopes,
        resource: auth.audience,
      },
    },
  };
}

async function verifierFor(config: Config): Promise<TokenVerifier> {
  const { auth } = config;
  switch (auth.mode) {
    case 'jwks':
      return createTokenVerifier({
        mode: 'jwks',
        jwksUrl: auth.jwksUrl,
        issuer: auth.issuer,
        audience: auth.audience,
        maxTokenAgeSeconds: auth.maxTokenAgeSeconds,
        isKnownMunicipality,
      });
    case 'dev': {
      const key = await loadOrCreateDevSigningKey(config.dataDir);
      return createTokenVerifier({
        mode: 'local',
        publicKey: key.publicJwk,
        issuer: DEV_ISSUER,
        audience: DEV_AUDIENCE,
        maxTokenAgeSeconds: auth.maxTokenAgeSeconds,
        isKnownMunicipality,
      });
    }
    default: {
      const _exhaustive: never = auth;
      throw new Error(`unknown auth mode ${String(_exhaustive)}`);
    }
  }
}

/** Closes the adapters (the store, the database, the PGlite lock) last, after every other worker stopped. */
function databaseWorker(adapters: Adapters): Worker {
  return {
    name: 'database',
    // buildAdapters opened (and migrated) it before the workers were composed.
    start: async () => undefined,
    stop: () => adapters.close(),
    readiness: () =>
      adapters.store.readAll({ batchSize: 1 }).then(
        () => ready,
        () => notReady('unreachable'),
      ),
  };
}

/** The workers of the whole engine in one process, in the order they start. */
async function composeWorkers(
  config: Config,
  logger: Logger,
  adapters: Adapters,
  providerUnits: readonly ProviderUnit[],
  verifier: TokenVerifier,
  deadlinePolicy: DeadlinePolicy | undefined,
  hostReadiness: () => Promise<HostReadiness>,
): Promise<{ readonly workers: Worker[]; readonly http: HttpWorker }> {
  const clock = () => new Date();
  // The provider register: the file's new or changed units are recorded; the administrator changes it over the API.
  const providerRegister = createProviderRegister({ store: adapters.store, clock, newId: randomUUID });
  const loaded = await providerRegister.loadFile(providerUnits);
  logger.info(loaded, 'provider register: units from PROVIDERS_FILE');
  const commands = createCommandHandler({
    store: adapters.store,
    sealerFor: (relocationId) => adapters.caseCrypto.sealerFor(relocationId),
    openerFor: (relocationId) => adapters.caseCrypto.openerFor(relocationId),
    providers: () => providerRegister.providers(),
    ...(deadlinePolicy === undefined ? {} : { deadlinePolicy }),
    clock,
    newId: randomUUID,
  });
  const readSide = createReadSide(adapters, clock, logger, config.projector);
  const deadlineSide = createDeadlineSide({
    db: adapters.driver,
    readModelSchema: readSide.readModels.schema,
    store: adapters.store,
    commands,
    clock,
    logger,
    monitor: config.deadlineMonitor,
    pollMs: config.deadlinePollMs,
    metrics: config.metrics,
    latestCheckpointIssuedAt: checkpointFreshness(config, (message) => logger.warn(message)),
  });
  const securitySide = await createSecuritySide({
    driver: adapters.driver,
    readModelSchema: readSide.readModels.schema,
    commands,
    caseCrypto: adapters.caseCrypto,
    clock,
    logger,
    retention: config.retention,
    purgeErasedKeys: () => adapters.purgeErasedKeys(),
  });
  const checkpointSide = await createCheckpointSide({
    config,
    env: process.env,
    driver: adapters.driver,
    store: adapters.store,
    eventStoreSchema: adapters.eventStoreSchema,
    accessLog: securitySide.accessLog,
    accessLogSchema: DEFAULT_ACCESS_LOG_SCHEMA,
    clock,
    logger: {
      info: (fields, message) => logger.info(fields, message),
      warn: (message) => logger.warn(message),
      error: (fields, message) => logger.error(fields, message),
    },
  });
  // "Case X changed" for GET /v1/events (the console's live updates).
  const caseChanges = createCaseChangeFeed({
    store: adapters.store,
    onError: (error) => logger.warn({ err: error }, 'case change feed: retrying'),
  });
  const consoleSettings = await consoleFor(config);
  const statistics = createStatisticsQueries({
    db: adapters.driver,
    schema: readSide.readModels.schema,
    pseudonymKey: await statisticsPseudonymKey(config.dataDir, config.statistics.pseudonymKeyHex),
    minimumHouseholds: config.statistics.minimumHouseholds,
  });
  const http = createHttpWorker({
    port: config.port,
    host: config.host,
    build: () =>
      buildApp({
        commands,
        caseChanges: { feed: caseChanges },
        verifier,
        storeReachable: async () => {
          await adapters.store.readAll({ batchSize: 1 });
        },
        workerReadiness: hostReadiness,
        readModels: readSide.readModels,
        openerFor: (relocationId) => adapters.caseCrypto.openerFor(relocationId),
        clock,
        newId: randomUUID,
        logger,
        bodyLimitBytes: config.bodyLimitBytes,
        rateLimit: config.rateLimit,
        readWaitMs: config.readWaitMs,
        dashboard: deadlineSide.dashboard,
        providerRegister,
        statistics,
        ...(deadlineSide.metrics === undefined ? {} : { metrics: deadlineSide.metrics }),
        ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }),
        accessLog: securitySide.accessLog,
        verifyEventStore: () => verifyRelocationStores(adapters.store),
        verifyCheckpoint: () => checkpointSide.verifyCheckpoint(),
        accessAlertDistinctCasesPerHour: config.accessAlertDistinctCasesPerHour,
        console: consoleSettings,
      }),
  });
  const optional = (worker: Worker | undefined): Worker[] => (worker === undefined ? [] : [worker]);
  const workers = [
    databaseWorker(adapters),
    readSide.worker,
    ...optional(deadlineSide.worker),
    ...optional(securitySide.retention),
    ...optional(checkpointSide.publisher),
    caseChanges,
    http,
  ];
  return { workers, http };
}

function startedLines(config: Config, base: string): string[] {
  return [
    `Relocation API listening on ${base} (event store: ${config.eventStore}, auth: ${config.auth.mode})`,
    `Console: ${base}/`,
    `API docs: ${base}/docs`,
    config.auth.mode === 'dev'
      ? 'Mint a development token: pnpm relocation token --org municipality:0180 --role caseworker --sub anna'
      : `Tokens come from ${config.auth.issuer}`,
  ];
}

/**
 * The composition root: configuration -> adapters -> workers, run by one host. The host starts the workers in
 * order (database, read models and projector, deadline monitor, retention, checkpoint publisher, case change
 * feed, HTTP server), stops them in reverse order on SIGINT/SIGTERM or when one fails, and exits non-zero when
 * one cannot start (the port taken, say).
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = await createServiceLogger({ level: config.logLevel, service: 'api' });
  // What can fail without touching the database comes first.
  const providerUnits = await loadProvidersFile(config.providersFile ?? sampleProvidersFile);
  const verifier = await verifierFor(config);
  const deadlinePolicy = await loadDeadlinePolicy({
    ...(config.deadlinePolicy === undefined ? {} : { override: config.deadlinePolicy }),
    ...(config.deadlinePolicyFile === undefined ? {} : { file: config.deadlinePolicyFile }),
  });
  if (usesEmbeddedDatabase(config) && config.pgliteWasmTiering === 'off') {
    // Before PGlite's WebAssembly is compiled: V8's optimizing compiler cost every start of the embedded engine
    // about a second and 70 MB (its compile jobs and code) for queries that run well on the baseline compiler.
    setFlagsFromString('--liftoff-only');
  }
  const adapters = await buildAdapters(config, { warn: (message) => logger.warn(message) });
  // The host is made after the workers, which serve its readiness on /readyz.
  const hostRef: { current?: Host } = {};
  let composed: Awaited<ReturnType<typeof composeWorkers>>;
  try {
    composed = await composeWorkers(config, logger, adapters, providerUnits, verifier, deadlinePolicy, () =>
      hostRef.current === undefined
        ? Promise.resolve({ ready: false, workers: {} })
        : hostRef.current.readiness(),
    );
  } catch (error) {
    await adapters.close().catch(() => undefined);
    throw error;
  }
  const { http } = composed;
  hostRef.current = runHost({
    workers: composed.workers,
    logger,
    onStarted: () => process.stdout.write(`${startedLines(config, http.url() ?? '').join('\n')}\n`),
  }).host;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
