import { createReadModels } from '@relocation/read-models';
import type { ReadModels } from '@relocation/read-models';
import { notReady, ready, type Worker } from '@relocation/runtime';
import type { FastifyBaseLogger } from 'fastify';
import type { Adapters } from './adapters.ts';

export interface ReadSide {
  readonly readModels: ReadModels;
  /**
   * Migrates the read models and starts the in-process projector, unless `projector` is 'off' (services/projector
   * projects them then; the queries and /readyz read them all the same). Not ready while the projector is halted.
   */
  readonly worker: Worker;
}

/** The read models on the adapters' SQL database, and the worker that migrates and projects them. */
export function createReadSide(
  adapters: Adapters,
  clock: () => Date,
  logger: FastifyBaseLogger,
  projector: 'inline' | 'off' = 'inline',
): ReadSide {
  const readModels = createReadModels({
    driver: adapters.driver,
    store: adapters.store,
    clock,
    ...(adapters.eventStoreSchema === undefined ? {} : { eventStoreSchema: adapters.eventStoreSchema }),
  });
  let running: { stop(): Promise<void> } | undefined;
  const worker: Worker = {
    name: projector === 'inline' ? 'projector' : 'read-models',
    async start() {
      await readModels.migrate();
      if (projector === 'off') return;
      running = readModels.startProjector(undefined, {
        onError: (error) => logger.error({ err: error }, 'projector batch failed'),
        // The halt names the event (id, type, position) and the failure class, never the data.
        onHalt: (halt) =>
          logger.error(
            { halt },
            'projector stopped: it cannot project this event; /readyz names it until a fixed projector restarts',
          ),
      });
    },
    async stop() {
      await running?.stop();
      running = undefined;
      await readModels.close();
    },
    async readiness() {
      return (await readModels.halted()) === undefined ? ready : notReady('halted');
    },
  };
  return { readModels, worker };
}
