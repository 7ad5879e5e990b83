import { once } from 'node:events';
import { parseConfig } from './config.ts';
import { createHealthServer } from './healthServer.ts';
import { createJsonLogger, errorFields } from '@relocation/service-log';
import { startProjectorService } from './projectorService.ts';

// The composition root: configuration -> projector service (database, leader lock) -> health server; a graceful
// stop on SIGINT/SIGTERM.
async function main(): Promise<void> {
  const logger = createJsonLogger();
  const config = parseConfig(process.env);
  const service = await startProjectorService(config, logger);
  const health = createHealthServer(() => service.readiness());
  try {
    health.listen(config.health.port, config.health.host);
    await once(health, 'listening');
  } catch (error) {
    await service.stop();
    throw error;
  }
  const address = health.address();
  logger.info('projector.started', {
    schema: config.readModelSchema,
    eventStoreSchema: config.eventStoreSchema,
    healthPort: typeof address === 'object' && address !== null ? address.port : config.health.port,
  });

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('projector.stopping', { signal });
    try {
      await service.stop();
      await new Promise<void>((resolve) => health.close(() => resolve()));
      logger.info('projector.stopped');
    } catch (error) {
      logger.error('projector.stop_failed', errorFields(error));
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
