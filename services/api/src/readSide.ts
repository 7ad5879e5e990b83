import { createReadModels } from '@relocation/read-models';
import type { ReadModels } from '@relocation/read-models';
import type { FastifyBaseLogger } from 'fastify';
import type { Adapters } from './adapters.ts';

export interface RunningReadSide {
  readonly readModels: ReadModels;
  stop(): Promise<void>;
}

/**
 * Creates the read models on the adapters' SQL database, migrates them and starts the in-process projector, unless
 * `projector` is 'off' (services/projector projects them then; the queries and /readyz read them all the same).
 */
export async function startReadSide(
  adapters: Adapters,
  clock: () => Date,
  logger: FastifyBaseLogger,
  projector: 'inline' | 'off' = 'inline',
): Promise<RunningReadSide> {
  const readModels = createReadModels({
    driver: adapters.driver,
    store: adapters.store,
    clock,
    ...(adapters.eventStoreSchema === undefined ? {} : { eventStoreSchema: adapters.eventStoreSchema }),
  });
  await readModels.migrate();
  const running =
    projector === 'off'
      ? undefined
      : readModels.startProjector(undefined, {
          onError: (error) => logger.error({ err: error }, 'projector batch failed'),
          // The halt names the event (id, type, position) and the failure class, never the data.
          onHalt: (halt) =>
            logger.error(
              { halt },
              'projector stopped: it cannot project this event; /readyz names it until a fixed projector restarts',
            ),
        });
  return {
    readModels,
    async stop() {
      await running?.stop();
      await readModels.close();
    },
  };
}
