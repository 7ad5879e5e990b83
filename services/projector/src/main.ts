import {
  createServiceLogger,
  notReady,
  ready,
  runHost,
  createHealthServer,
  serverWorker,
  type Host,
  type Worker,
} from '@relocation/runtime';
import { eventLogger } from '@relocation/service-log';
import { parseConfig } from './config.ts';
import { startProjectorService, type ProjectorService } from './projectorService.ts';

// The composition root: configuration -> workers (the projector service with its database and leader lock, then
// the health server) run by the runtime host: started in order, stopped in reverse order on SIGINT/SIGTERM, exit
// code 1 when one cannot start (the database unreachable, the health port taken).
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const pino = await createServiceLogger({ service: 'projector' });
  const logger = eventLogger(pino);
  let service: ProjectorService | undefined;
  const projector: Worker = {
    name: 'projector',
    async start() {
      service = await startProjectorService(config, logger);
    },
    async stop() {
      await service?.stop();
    },
    async readiness() {
      if (service === undefined) return notReady('stopped');
      const report = await service.readiness();
      if (report.ready) return ready;
      return notReady(typeof report.readModels === 'string' ? report.readModels : String(report.role));
    },
  };
  const hostRef: { current?: Host } = {};
  // /readyz: the projector's own report (role, read models, where it halted) and each worker's readiness.
  const health = serverWorker(
    'health',
    createHealthServer(async () => {
      const report = (await service?.readiness()) ?? { ready: false, role: 'starting' };
      const workers = await hostRef.current?.readiness();
      return { ...report, ready: report.ready && workers?.ready === true, workers: workers?.workers ?? {} };
    }),
    config.health.port,
    config.health.host,
  );
  hostRef.current = runHost({
    workers: [projector, health],
    logger: pino,
    onStarted: () =>
      logger.info('projector.started', {
        schema: config.readModelSchema,
        eventStoreSchema: config.eventStoreSchema,
        healthPort: health.port(),
      }),
  }).host;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
