import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver } from '@relocation/postgres';
import { createReadModels } from '@relocation/read-models';
import type { ReadModels } from '@relocation/read-models';
import type { ProjectorConfig } from './config.ts';
import type { ReadinessReport } from '@relocation/runtime';
import { waitForLeadership } from './leaderLock.ts';
import type { Leadership } from './leaderLock.ts';
import { errorFields } from '@relocation/service-log';
import type { Logger } from '@relocation/service-log';

/** `standby`: another instance holds the leader lock and this one waits for it. */
export type ProjectorRole = 'starting' | 'standby' | 'leader' | 'stopping';

export interface ProjectorService {
  readonly readModels: ReadModels;
  role(): ProjectorRole;
  /** Ready when this instance leads and the read models have projected everything in the feed. */
  readiness(): Promise<ReadinessReport>;
  /** Stops projecting (after the batch in hand), gives up the lock and closes the database; idempotent. */
  stop(): Promise<void>;
}

/**
 * The read-model projector on its own against PostgreSQL: migrates the event store and the read models (both safe
 * to run beside the API doing the same), then waits for the leader lock and projects while it holds it. A lost
 * lock session stops projecting and waits for the lock again; should two instances overlap meanwhile, the read
 * models' per-batch lock and checkpoint check drop the stale batch.
 */
export async function startProjectorService(
  config: ProjectorConfig,
  logger: Logger,
): Promise<ProjectorService> {
  const driver = createPgDriver({ connectionString: config.databaseUrl, max: 4 });
  let readModels: ReadModels;
  let closeStore: () => Promise<void>;
  try {
    const store = await createSqlEventStore({ driver, schema: config.eventStoreSchema });
    closeStore = () => store.close();
    readModels = createReadModels({
      driver,
      schema: config.readModelSchema,
      store,
      clock: () => new Date(),
      batchSize: config.batchSize,
    });
    await readModels.migrate();
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }

  const stopping = new AbortController();
  let role: ProjectorRole = 'starting';
  let leadership: Leadership | undefined;

  const lead = async (held: Leadership): Promise<void> => {
    role = 'leader';
    logger.info('projector.leading', { schema: config.readModelSchema });
    const projector = readModels.startProjector(stopping.signal, {
      pollIntervalMs: config.pollIntervalMs,
      onError: (error) => logger.error('projector.batch_failed', errorFields(error)),
      // Id, type, position and failure class of the event: never its content.
      onHalt: (halt) => logger.error('projector.halted', { ...halt }),
    });
    const lost = held.lost.then((error) => ({ lost: error }));
    let outcome = await Promise.race([projector.done.then(() => 'stopped' as const), lost]);
    await projector.stop();
    if (outcome === 'stopped' && projector.halted() !== undefined) {
      // Stay the leader, idle: another instance would only stop at the same event. /readyz names it until an
      // operator restarts a fixed projector.
      const stopped = new Promise<'stopped'>((resolve) => {
        if (stopping.signal.aborted) resolve('stopped');
        stopping.signal.addEventListener('abort', () => resolve('stopped'), { once: true });
      });
      outcome = await Promise.race([stopped, lost]);
    }
    if (outcome !== 'stopped') {
      logger.warn('projector.leadership_lost', errorFields(outcome.lost));
    }
    await held.release();
  };

  const run = async (): Promise<void> => {
    while (!stopping.signal.aborted) {
      leadership = await waitForLeadership({
        connectionString: config.databaseUrl,
        name: config.readModelSchema,
        retryMs: config.leaderRetryMs,
        signal: stopping.signal,
        onStandby: () => {
          role = 'standby';
          logger.info('projector.standby', { schema: config.readModelSchema });
        },
        onError: (error) => logger.error('projector.leader_lock_failed', errorFields(error)),
      });
      if (leadership === undefined) return;
      await lead(leadership);
      leadership = undefined;
      if (!stopping.signal.aborted) role = 'standby';
    }
  };
  const running = run();
  let stopped: Promise<void> | undefined;

  return {
    readModels,
    role: () => role,
    async readiness() {
      const current = role;
      if (current !== 'leader') return { ready: false, role: current };
      const halt = await readModels.halted().catch(() => undefined);
      if (halt !== undefined) {
        const { eventId, type, position, reason } = halt;
        return {
          ready: false,
          role: current,
          readModels: 'halted',
          haltedAt: { eventId, type, position, reason },
        };
      }
      const caughtUp = await readModels.caughtUp().then(
        (value) => (value ? ('caughtUp' as const) : ('behind' as const)),
        () => 'unreachable' as const,
      );
      return { ready: caughtUp === 'caughtUp', role: current, readModels: caughtUp };
    },
    stop() {
      stopped ??= (async () => {
        role = 'stopping';
        stopping.abort();
        await running;
        await leadership?.release();
        await readModels.close();
        await closeStore();
      })();
      return stopped;
    },
  };
}
