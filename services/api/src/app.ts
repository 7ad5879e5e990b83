import type { TokenVerifier } from '@relocation/access';
import { InMemoryAccessLog, type AccessLog } from '@relocation/access-log';
import type { CheckpointVerification } from '@relocation/checkpoint';
import type { VerifyReport } from '@relocation/event-store';
import type { CommandHandler, ProviderRegister } from '@relocation/application';
import type { CaseOpener } from '@relocation/crypto';
import type { DashboardQueries, ReadModels, StatisticsQueries } from '@relocation/read-models';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import helmet from 'helmet';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authenticate, decoratePrincipal } from './auth/authenticate.ts';
import { createFailedAuthLimiter } from './auth/failedAuthLimiter.ts';
import { errorHandler } from './errors/errorHandler.ts';
import type { ApiMetrics } from './metrics/apiMetrics.ts';
import { metricsRoutes } from './metrics/metricsRoutes.ts';
import { commandRoutes } from './routes/commands/commandRoutes.ts';
import { dashboardRoutes } from './routes/dashboard/index.ts';
import { providerRoutes } from './routes/providers/index.ts';
import { statisticsRoutes } from './routes/statistics/index.ts';
import { healthRoutes, type HealthOptions } from './routes/health.ts';
import { queryRoutes } from './routes/queries/index.ts';
import { proposableRoutes } from './routes/queries/proposableRoutes.ts';
import { auditRoutes } from './routes/audit/index.ts';
import { consoleRoutes } from './console/consoleRoutes.ts';
import type { ConsoleRoutesOptions } from './console/consoleRoutes.ts';
import { contentSecurityPolicyFor, registerStaticConsole } from './console/staticConsole.ts';
import { registerDocsPages } from './http/docsPages.ts';
import type { CaseChangeFeed } from './events/caseChangeFeed.ts';
import { eventRoutes } from './events/eventRoutes.ts';
import { createAccessAlert } from './security/accessAlert.ts';
import { addAccessLogging } from './security/accessLogging.ts';
import { decorateCaseReads } from './security/caseReads.ts';
import { refuseStatisticsOnlyOutsideStatistics } from './auth/statisticsOnly.ts';
import { traceRequests } from './http/tracing.ts';

export interface AppDependencies {
  readonly commands: CommandHandler;
  readonly verifier: TokenVerifier;
  /** Resolves when the event store answers (for /readyz). */
  readonly storeReachable: () => Promise<void>;
  /** /readyz adds each worker's readiness (main.ts passes the runtime host's). */
  readonly workerReadiness?: HealthOptions['workers'];
  /** With read models, the query routes are registered and /readyz waits for them to catch up. */
  readonly readModels?: ReadModels;
  /** Opens a case's sealed personal data for the query routes. */
  readonly openerFor?: (relocationId: string) => Promise<CaseOpener>;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** Default: silent. Pass a pino logger made by `createLogger` (it redacts). */
  readonly logger?: FastifyBaseLogger;
  readonly bodyLimitBytes: number;
  /**
   * Requests per verified caller (organisation and user) per window; `authFailuresMax` (default 20): failed
   * authentications per client address per window.
   */
  readonly rateLimit: { readonly max: number; readonly windowMs: number; readonly authFailuresMax?: number };
  readonly readWaitMs: number;
  /** With it, the coordinator's dashboard routes (/v1/dashboard/...) are registered. */
  readonly dashboard?: DashboardQueries;
  /** With it, the provider register's routes (/v1/providers...) are registered. */
  readonly providerRegister?: ProviderRegister;
  /** With it, the published statistics (/v1/statistics/...) are registered. */
  readonly statistics?: StatisticsQueries;
  /** With it every command is counted by type and outcome; with `metricsToken` too, GET /metrics serves them. */
  readonly metrics?: ApiMetrics;
  /** METRICS_TOKEN: the bearer token GET /metrics requires. Without it there is no /metrics route. */
  readonly metricsToken?: string;
  /**
   * Where every read of a case is recorded (append-only, hash-chained) and what GET /v1/audit/* reads. Without it
   * an in-memory log is used (tests); main.ts always passes the SQL one.
   */
  readonly accessLog?: AccessLog;
  /** For GET /v1/audit/verify: the event store's hash-chain verification. */
  readonly verifyEventStore?: () => Promise<VerifyReport>;
  /** For GET /v1/audit/verify: the comparison with the newest signed checkpoint. */
  readonly verifyCheckpoint?: () => Promise<CheckpointVerification | undefined>;
  /** ACCESS_ALERT_DISTINCT_CASES_PER_HOUR (default 50). */
  readonly accessAlertDistinctCasesPerHour?: number;
  /**
   * The console: its public configuration (GET /v1/console/config), in AUTH_MODE=dev the development sign-in
   * (with `devSigningKey`), and the directory of its built assets served at `/` (CONSOLE_DIR). Without it only
   * the API is served.
   */
  readonly console?: Omit<ConsoleRoutesOptions, 'clock'> & { readonly dir: string };
  /** With it, GET /v1/events streams "case X changed" to the caller (server-sent events). */
  readonly caseChanges?: { readonly feed: CaseChangeFeed; readonly heartbeatMs?: number };
}

/**
 * Requests are counted per verified caller (the limit runs after authentication), so no spelling of the header
 * (`bearer`, `BEARER`, extra spaces) and no second token of the same user gets a fresh allowance; requests
 * outside the authenticated scope are counted per address.
 */
const rateLimitKey = (request: FastifyRequest): string => {
  const principal = request.principal;
  return principal === null
    ? `ip:${request.ip}`
    : `user:${JSON.stringify([principal.organisationId, principal.userId])}`;
};

/** The HTTP API without `listen`: main.ts listens, tests use `app.inject()`. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger === undefined ? { logger: false } : { loggerInstance: deps.logger }),
    bodyLimit: deps.bodyLimitBytes,
    genReqId: () => deps.newId(),
    // A malformed URL (say a lone surrogate in a case id) is refused before routing: same error shape.
    frameworkErrors: (error, request, reply) => {
      void errorHandler(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();
  traceRequests(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  const notFound = (_request: FastifyRequest, reply: FastifyReply): FastifyReply =>
    reply.code(404).send({ code: 'NOT_FOUND', message: 'Not found.', details: {} });
  // API answers are never stored by a browser or a proxy (they hold personal data); the console's hashed assets
  // set their own caching.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  decoratePrincipal(app);
  decorateCaseReads(app);
  const accessLog = deps.accessLog ?? new InMemoryAccessLog();

  const consoleAuth = deps.console?.settings.auth;
  // The security headers (helmet) on every answer, from one middleware made once: the Fastify plugin made a new
  // one, and parsed the Content-Security-Policy again, at every request (2.6 % of the API's time under load).
  const securityHeaders = helmet({
    contentSecurityPolicy: contentSecurityPolicyFor(
      consoleAuth?.mode === 'jwks' ? consoleAuth.issuer : undefined,
    ),
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  await app.register(fastifyRateLimit, {
    max: deps.rateLimit.max,
    timeWindow: deps.rateLimit.windowMs,
    keyGenerator: rateLimitKey,
    // After the auth hook (onRequest), before validation: the key is the verified principal.
    hook: 'preValidation',
  });
  const failedAuth = createFailedAuthLimiter({
    max: deps.rateLimit.authFailuresMax ?? 20,
    windowMs: deps.rateLimit.windowMs,
    clock: deps.clock,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Relocation coordination API',
        description:
          'Commands and queries for relocating threatened people between Swedish municipalities. ' +
          'Every /v1 route needs `Authorization: Bearer <token>`.',
        version: '1.0.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
    // Schemas with a .meta({ id }) become components (#/components/schemas/<id>), so generated clients name them.
    transformObject: jsonSchemaTransformObject,
  });
  registerDocsPages(app);

  await app.register(healthRoutes, {
    storeReachable: deps.storeReachable,
    ...(deps.workerReadiness === undefined ? {} : { workers: deps.workerReadiness }),
    ...(deps.readModels === undefined
      ? {}
      : {
          readModelsCaughtUp: () => deps.readModels?.caughtUp() ?? Promise.resolve(true),
          readModelsHalted: () => deps.readModels?.halted() ?? Promise.resolve(undefined),
        }),
  });

  if (deps.metrics !== undefined && deps.metricsToken !== undefined) {
    await app.register(metricsRoutes, { metrics: deps.metrics, token: deps.metricsToken });
  }

  if (deps.console !== undefined) {
    const { dir, ...consoleOptions } = deps.console;
    await app.register(consoleRoutes, { ...consoleOptions, clock: deps.clock });
    app.setNotFoundHandler(await registerStaticConsole(app, { dir }, notFound));
  } else {
    app.setNotFoundHandler(notFound);
  }

  await app.register(async (v1) => {
    v1.addHook('onRequest', authenticate(deps.verifier, failedAuth));
    v1.addHook('onRequest', async (request) => refuseStatisticsOnlyOutsideStatistics(request));
    addAccessLogging(v1, {
      accessLog,
      clock: deps.clock,
      alert: createAccessAlert({
        accessLog,
        distinctCasesPerHour: deps.accessAlertDistinctCasesPerHour ?? 50,
        clock: deps.clock,
        ...(deps.metrics === undefined ? {} : { registry: deps.metrics.registry }),
        ...(deps.logger === undefined ? {} : { logger: deps.logger }),
      }),
    });
    if (deps.verifyEventStore !== undefined) {
      await v1.register(auditRoutes, {
        accessLog,
        verifyEventStore: deps.verifyEventStore,
        ...(deps.verifyCheckpoint === undefined ? {} : { verifyCheckpoint: deps.verifyCheckpoint }),
      });
    }
    const commands = deps.metrics === undefined ? deps.commands : deps.metrics.instrument(deps.commands);
    await v1.register(commandRoutes, { commands, newId: deps.newId });
    if (deps.caseChanges !== undefined) await v1.register(eventRoutes, deps.caseChanges);
    if (deps.dashboard !== undefined) {
      await v1.register(dashboardRoutes, { dashboard: deps.dashboard, clock: deps.clock });
    }
    if (deps.providerRegister !== undefined) {
      await v1.register(providerRoutes, { register: deps.providerRegister, clock: deps.clock });
    }
    if (deps.statistics !== undefined) await v1.register(statisticsRoutes, { statistics: deps.statistics });
    if (deps.readModels !== undefined && deps.openerFor !== undefined) {
      await v1.register(queryRoutes, {
        readModels: deps.readModels,
        openerFor: deps.openerFor,
        clock: deps.clock,
        readWaitMs: deps.readWaitMs,
      });
      await v1.register(proposableRoutes, { readModels: deps.readModels, readWaitMs: deps.readWaitMs });
    }
  });
  return app;
}
