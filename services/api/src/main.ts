import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createTokenVerifier, DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevSigningKey } from '@relocation/access';
import type { TokenVerifier } from '@relocation/access';
import { DEFAULT_ACCESS_LOG_SCHEMA } from '@relocation/access-log';
import { createCommandHandler } from '@relocation/application';
import { loadDeadlinePolicy } from '@relocation/deadlines';
import type { DeadlinePolicy, Provider } from '@relocation/domain';
import type { Logger } from 'pino';
import { buildAdapters } from './adapters.ts';
import type { Adapters } from './adapters.ts';
import { buildApp } from './app.ts';
import type { AppDependencies } from './app.ts';
import { defaultConsoleDir } from './console/staticConsole.ts';
import { createCaseChangeFeed } from './events/caseChangeFeed.ts';
import { parseConfig } from './config.ts';
import type { Config } from './config.ts';
import { startDeadlineSide } from './deadlines/startDeadlineSide.ts';
import { checkpointFreshness, createCheckpointSide } from './security/checkpointSide.ts';
import { startSecuritySide } from './security/startSecuritySide.ts';
import { createLogger } from './logger.ts';
import { isKnownMunicipality } from './municipalities.ts';
import { loadProviders, sampleProvidersFile } from './providers.ts';
import { startReadSide } from './readSide.ts';

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

/** The composition root: configuration -> adapters -> app -> listen, and a graceful close on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel);
  // What can fail without touching the database comes first.
  const providers = await loadProviders(config.providersFile ?? sampleProvidersFile);
  const verifier = await verifierFor(config);
  const deadlinePolicy = await loadDeadlinePolicy({
    ...(config.deadlinePolicy === undefined ? {} : { override: config.deadlinePolicy }),
    ...(config.deadlinePolicyFile === undefined ? {} : { file: config.deadlinePolicyFile }),
  });
  const adapters = await buildAdapters(config, { warn: (message) => logger.warn(message) });
  try {
    await serve(config, logger, adapters, providers, verifier, deadlinePolicy);
  } catch (error) {
    await adapters.close().catch(() => undefined);
    throw error;
  }
}

async function serve(
  config: Config,
  logger: Logger,
  adapters: Adapters,
  providers: readonly Provider[],
  verifier: TokenVerifier,
  deadlinePolicy: DeadlinePolicy | undefined,
): Promise<void> {
  const clock = () => new Date();
  const commands = createCommandHandler({
    store: adapters.store,
    sealerFor: (relocationId) => adapters.caseCrypto.sealerFor(relocationId),
    providers,
    ...(deadlinePolicy === undefined ? {} : { deadlinePolicy }),
    clock,
    newId: randomUUID,
  });
  const readSide = await startReadSide(adapters, clock, logger, config.projector);
  const deadlineSide = startDeadlineSide({
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
  const securitySide = await startSecuritySide({
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
  await checkpointSide.publisher?.start();
  // "Case X changed" for GET /v1/events (the console's live updates).
  const caseChanges = createCaseChangeFeed({
    store: adapters.store,
    onError: (error) => logger.warn({ err: error }, 'case change feed: retrying'),
  });
  await caseChanges.start();
  const app = await buildApp({
    commands,
    caseChanges: { feed: caseChanges },
    verifier,
    storeReachable: async () => {
      await adapters.store.readAll({ batchSize: 1 });
    },
    readModels: readSide.readModels,
    openerFor: (relocationId) => adapters.caseCrypto.openerFor(relocationId),
    clock,
    newId: randomUUID,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    rateLimit: config.rateLimit,
    readWaitMs: config.readWaitMs,
    dashboard: deadlineSide.dashboard,
    ...(deadlineSide.metrics === undefined ? {} : { metrics: deadlineSide.metrics }),
    ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }),
    accessLog: securitySide.accessLog,
    verifyEventStore: () => adapters.store.verify({ streamPrefix: 'relocation-' }),
    verifyCheckpoint: () => checkpointSide.verifyCheckpoint(),
    accessAlertDistinctCasesPerHour: config.accessAlertDistinctCasesPerHour,
    console: await consoleFor(config),
  });

  let closing = false;
  const close = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'closing');
    try {
      await app.close();
      await checkpointSide.publisher?.stop();
      await caseChanges.stop();
      await deadlineSide.stop();
      await securitySide.stop();
      await readSide.stop();
      await adapters.close();
      logger.info('closed');
    } catch (error) {
      logger.error({ err: error }, 'error while closing');
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));

  let url: string;
  try {
    url = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Port taken, say: stop what started, main closes the database.
    await app.close();
    await checkpointSide.publisher?.stop();
    await caseChanges.stop();
    await deadlineSide.stop();
    await securitySide.stop();
    await readSide.stop();
    throw error;
  }
  const base = url;
  const lines = [
    `Relocation API listening on ${base} (event store: ${config.eventStore}, auth: ${config.auth.mode})`,
    `Console: ${base}/`,
    `API docs: ${base}/docs`,
    config.auth.mode === 'dev'
      ? 'Mint a development token: pnpm relocation token --org municipality:0180 --role caseworker --sub anna'
      : `Tokens come from ${config.auth.issuer}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
