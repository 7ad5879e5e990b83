import { randomUUID } from 'node:crypto';
import { createCommandHandler } from '@relocation/application';
import { startMonitor, type RunningMonitor } from '@relocation/deadline-monitor';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver } from '@relocation/postgres';
import { createDeadlineQueries } from '@relocation/read-models';
import {
  createHealthServer,
  createServiceLogger,
  notReady,
  ready,
  runHost,
  serverWorker,
  type Host,
  type Worker,
} from '@relocation/runtime';
import { parseMonitorConfig } from './config.ts';
import { refusingSealer } from './refusingSealer.ts';
import { createCheckpoints } from './checkpoints.ts';

/**
 * The monitor alone, against PostgreSQL: the API (or the projector) keeps the read models it reads. Its workers
 * (database, monitor, with CHECKPOINTS=on the checkpoint publisher, and the health server) run until SIGINT/SIGTERM, then stop in
 * reverse order: the run in progress finishes, the database closes last.
 */
async function main(): Promise<void> {
  const config = parseMonitorConfig(process.env);
  const logger = await createServiceLogger({ level: config.logLevel, service: 'deadlines' });
  const store = await createSqlEventStore({
    driver: createPgDriver({ connectionString: config.databaseUrl }),
  });
  const clock = () => new Date();
  const handler = createCommandHandler({
    store,
    sealerFor: refusingSealer,
    providers: [],
    clock,
    newId: randomUUID,
  });
  let monitor: RunningMonitor | undefined;
  const workers: Worker[] = [
    {
      name: 'database',
      start: async () => undefined,
      stop: () => store.close(),
      readiness: () => ready,
    },
    {
      name: 'deadline-monitor',
      async start() {
        monitor = startMonitor(
          {
            deadlines: createDeadlineQueries(store.driver, config.readModelSchema),
            handler,
            clock,
            newId: randomUUID,
            logger,
          },
          { pollMs: config.pollMs },
        );
        logger.info({ pollMs: config.pollMs }, 'deadline monitor started');
      },
      async stop() {
        await monitor?.stop();
        monitor = undefined;
      },
      readiness: () => (monitor === undefined ? notReady('stopped') : ready),
    },
  ];
  if (config.checkpoints !== undefined) {
    workers.push(
      await createCheckpoints(config.checkpoints, store, process.env, {
        info: (fields, message) => logger.info(fields, message),
        error: (fields, message) => logger.error(fields, message),
      }).catch(async (error: unknown) => {
        await store.close().catch(() => undefined);
        throw error;
      }),
    );
  }
  // GET /healthz while the process runs; GET /readyz 200 once every worker is ready (probes, HEALTHCHECK).
  const hostRef: { current?: Host } = {};
  const health = serverWorker(
    'health',
    createHealthServer(async () => {
      const workers = await hostRef.current?.readiness();
      return { ready: workers?.ready === true, workers: workers?.workers ?? {} };
    }),
    config.health.port,
    config.health.host,
  );
  workers.push(health);
  hostRef.current = runHost({
    workers,
    logger,
    onStarted: () => logger.info({ healthPort: health.port() }, 'deadlines started'),
  }).host;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
