import { randomUUID } from 'node:crypto';
import { createCommandHandler } from '@relocation/application';
import { createPgDriver, createSqlEventStore } from '@relocation/event-store-postgres';
import { createDeadlineQueries } from '@relocation/read-models';
import { pino } from 'pino';
import { parseMonitorConfig } from './config.ts';
import { refusingSealer } from './refusingSealer.ts';
import { startCheckpoints } from './startCheckpoints.ts';
import { startMonitor } from './startMonitor.ts';

/**
 * The monitor alone, against PostgreSQL: the API (or the projector) keeps the read models it reads. Runs until
 * SIGINT/SIGTERM, then finishes the run in progress and closes the database.
 */
async function main(): Promise<void> {
  const config = parseMonitorConfig(process.env);
  const logger = pino({ level: config.logLevel, base: { service: 'deadlines' } });
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
  const monitor = startMonitor(
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
  const checkpoints =
    config.checkpoints === undefined
      ? undefined
      : await startCheckpoints(config.checkpoints, store, process.env, {
          info: (fields, message) => logger.info(fields, message),
          error: (fields, message) => logger.error(fields, message),
        });
  const stop = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'closing');
    await checkpoints?.stop();
    await monitor.stop();
    await store.close();
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
