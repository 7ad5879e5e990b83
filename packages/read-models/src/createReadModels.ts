import { relocationStreamPrefix } from '@relocation/domain';
import type { EventStore } from '@relocation/event-store';
import { quoteSchema, type SqlDriver } from '@relocation/postgres';
import type { CaseRecord } from './projector/caseRecord.ts';
import { loadCheckpoint } from './projector/checkpointRow.ts';
import { createProgressCheck, feedOrderSource } from './projector/hasProcessed.ts';
import { projectOnce, projectUntilCaughtUp, type ProjectOnceDependencies } from './projector/projectOnce.ts';
import { startProjector, type ProjectorOptions, type RunningProjector } from './projector/startProjector.ts';
import {
  haltOn,
  isTransientFailure,
  loadHalt,
  ProjectionHaltedError,
  type ProjectionHalt,
} from './projector/projectionHalt.ts';
import { historyOfCase, type HistoryEntry } from './queries/caseHistory.ts';
import { getCase } from './queries/getCase.ts';
import { listCases, type CasePage, type ListCasesQuery } from './queries/listCases.ts';
import { rebuildFromZero } from './projector/rebuildFromZero.ts';
import {
  finishBulkLoad,
  prepareBulkLoad,
  migrateReadModels,
  recreateReadModels,
  swapReadModels,
} from './schema/migrate.ts';

export const DEFAULT_READ_MODEL_SCHEMA = 'read_models';

/**
 * Events per transaction in `rebuild`, per feed read in it, and how long a case untouched stays in memory. Reads of
 * 1,000 events: a read's decoded events are alive while they are folded, and V8's young-generation collections copy
 * them (a quarter less to copy than with 2,000); on Node 24 they won nine pairs of nine against 2,000, on Node 20 they
 * lost two of three by a few per cent (README, Performance).
 */
const REBUILD_BATCH_SIZE = 20_000;
const REBUILD_READ_SIZE = 1_000;
const REBUILD_KEEP_TRANSACTIONS = 10;

/**
 * The V8 setting a rebuild runs best with (node's command line or NODE_OPTIONS; it cannot be changed once running):
 * a rebuild allocates fast and keeps little, and with semi-spaces of 64 MB instead of 16 (and feed reads of 2,000
 * events) the collector's share of its CPU halved; on 5,000 cases its rate rose by about a sixth. `relocation
 * rebuild` starts itself again with it when it was not given.
 */
export const REBUILD_NODE_FLAG = '--max-semi-space-size=64';

/** The young generation's size this process was started with (`--max-semi-space-size=...`), if any. */
export function givenYoungGeneration(): string | undefined {
  const name = REBUILD_NODE_FLAG.split('=')[0] as string;
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].find((arg) =>
    arg.startsWith(name),
  );
}

/** The NOTIFY channel a projector names its read-model schema on after each batch it commits. */
export const PROJECTED_CHANNEL = 'relocation_projected';

export interface ReadModelsOptions {
  /** Where the read-model tables live (PostgreSQL or PGlite); may be the event store's own driver. */
  readonly driver: SqlDriver;
  /** Default `read_models`. */
  readonly schema?: string;
  readonly store: EventStore;
  /** Stamps the checkpoint row; queries take their `now` explicitly. */
  readonly clock: () => Date;
  /** Events per feed batch and transaction (default 200). */
  readonly batchSize?: number;
  /** Events per transaction in `rebuild` (default 20,000, or `batchSize` if larger). */
  readonly rebuildBatchSize?: number;
  /**
   * The schema of a SQL event store in the same database, to place positions in the feed order for
   * `hasProcessed`. Not needed when `store` is the SQL event store itself (its own table is used then).
   */
  readonly eventStoreSchema?: string;
}

export interface ReadModelQueries {
  listCases(query: ListCasesQuery): Promise<CasePage>;
  /** Undefined for an unknown id: the caller answers 404 either way. */
  getCase(relocationId: string): Promise<CaseRecord | undefined>;
  /**
   * The case's timeline (every event of its stream up to the revision `record` reflects), read from the event
   * store: `historyOf` the record read, `getHistory` by id (empty for an unknown id).
   */
  historyOf(record: CaseRecord): Promise<HistoryEntry[]>;
  getHistory(relocationId: string): Promise<HistoryEntry[]>;
}

export interface ReadModels {
  readonly schema: string;
  migrate(): Promise<void>;
  startProjector(signal?: AbortSignal, options?: Omit<ProjectorOptions, 'signal'>): RunningProjector;
  /** Projects one batch of what is available now; returns how many events it applied. */
  projectOnce(): Promise<number>;
  /** Projects until the feed has nothing more right now; returns how many events it applied. */
  projectUntilCaughtUp(): Promise<number>;
  /**
   * Projects the whole feed again from position zero into fresh tables beside the live ones (schema
   * `<schema>_rebuild`), then drops the old tables and puts the new ones in their place in one transaction:
   * queries keep answering from the old rows meanwhile. A projector running meanwhile is harmless: after the swap
   * it carries on from the rebuilt checkpoint. Returns how many events the rebuild applied.
   */
  rebuild(): Promise<number>;
  /** Whether the event at this global position is reflected in the read models (read-your-writes). */
  hasProcessed(position: bigint): Promise<boolean>;
  /**
   * A wait of at most `ms` that ends early once a projector commits a batch after this call: this process's, or,
   * when the driver can LISTEN (PostgreSQL), one in another process (its NOTIFY on `PROJECTED_CHANNEL`). A
   * read-your-writes wait checks `hasProcessed` again then; `ms` is the poll should a notification be lost.
   */
  watchProgress(): (ms: number) => Promise<void>;
  /** Whether the feed holds no relocation event after the checkpoint right now. */
  caughtUp(): Promise<boolean>;
  /** The event a projector stopped at because it cannot project it (any process's projector), if one did. */
  halted(): Promise<ProjectionHalt | undefined>;
  readonly queries: ReadModelQueries;
  /** Stops its projectors and its LISTEN; the driver and store belong to the caller. */
  close(): Promise<void>;
}

export function createReadModels(options: ReadModelsOptions): ReadModels {
  const schema = options.schema ?? DEFAULT_READ_MODEL_SCHEMA;
  const s = quoteSchema(schema);
  const { driver, store } = options;
  let batches = 0;
  let closed = false;
  const sleepers = new Set<() => void>();
  const order = feedOrderSource(store, driver, options.eventStoreSchema);
  const progress = createProgressCheck(driver, s, order);
  const wakeWaiters = (): void => {
    batches += 1;
    progress.batchCommitted();
    for (const wake of [...sleepers]) wake();
  };
  // A projector in another process (PROJECTOR=off beside services/projector) tells of its batches by NOTIFY; the
  // read-your-writes waits here LISTEN from the first wait on, and listen again after a lost connection.
  let listening: Promise<(() => Promise<void>) | undefined> | undefined;
  const listenForOtherProjectors = (): void => {
    if (listening !== undefined || driver.listen === undefined || closed) return;
    const started: Promise<(() => Promise<void>) | undefined> = driver
      .listen(
        PROJECTED_CHANNEL,
        (payload) => {
          if (payload === schema) wakeWaiters();
        },
        () => {
          if (listening === started) listening = undefined;
        },
      )
      .catch(() => {
        if (listening === started) listening = undefined;
        return undefined;
      });
    listening = started;
  };
  const deps: ProjectOnceDependencies = {
    driver,
    schema,
    s,
    store,
    clock: options.clock,
    batchSize: options.batchSize ?? 200,
    onApplied: () => {
      wakeWaiters();
      // Not awaited: the batch is committed; a lost notification costs a waiter its poll interval, nothing more.
      if (!closed)
        driver
          .query('SELECT pg_notify($1, $2)', [PROJECTED_CHANNEL, schema], { prepare: true })
          .catch(() => undefined);
    },
  };
  const running = new Set<RunningProjector>();

  return {
    schema,
    migrate: () => migrateReadModels(driver, schema),
    startProjector(signal, projectorOptions = {}) {
      const projector = startProjector(deps, {
        ...projectorOptions,
        ...(signal === undefined ? {} : { signal }),
      });
      running.add(projector);
      void projector.done.finally(() => running.delete(projector));
      return projector;
    },
    projectOnce: () => projectOnce(deps),
    projectUntilCaughtUp: () => projectUntilCaughtUp(deps),
    async rebuild() {
      const shadow = `${schema}_rebuild`;
      await recreateReadModels(driver, shadow);
      const bulkLoad = await prepareBulkLoad(driver, shadow);
      const shadowDeps = { ...deps, schema: shadow, s: quoteSchema(shadow), onApplied: undefined };
      // Far larger transactions than live projection: a rebuild is throughput (rebuildFromZero.ts).
      const eventsPerTransaction = options.rebuildBatchSize ?? Math.max(deps.batchSize, REBUILD_BATCH_SIZE);
      const applied = await rebuildFromZero({
        ...shadowDeps,
        eventsPerTransaction,
        readSize: Math.min(eventsPerTransaction, REBUILD_READ_SIZE),
        keepTransactions: REBUILD_KEEP_TRANSACTIONS,
      }).catch(async (error: unknown) => {
        if (isTransientFailure(error)) throw error;
        // Name the event the rebuild stopped at: project one at a time up to it, then report it.
        await projectUntilCaughtUp({ ...shadowDeps, batchSize: 1 }).catch(() => undefined);
        const { checkpoint } = await loadCheckpoint(driver, shadowDeps.s);
        const halt = await haltOn(store, checkpoint, error, options.clock());
        throw halt === undefined ? error : new ProjectionHaltedError(halt);
      });
      await finishBulkLoad(driver, shadow, bulkLoad);
      await swapReadModels(driver, schema, shadow);
      deps.onApplied?.();
      return applied;
    },
    hasProcessed: (position) => progress.hasProcessed(position),
    watchProgress() {
      listenForOtherProjectors();
      const seen = batches;
      return (ms) =>
        new Promise<void>((resolve) => {
          if (batches !== seen) return resolve();
          const wake = (): void => {
            clearTimeout(timer);
            sleepers.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, ms);
          sleepers.add(wake);
        });
    },
    async caughtUp() {
      const { checkpoint } = await loadCheckpoint(driver, s);
      const next = await store.readAll({
        ...(checkpoint === undefined ? {} : { after: checkpoint }),
        batchSize: 1,
        streamPrefix: relocationStreamPrefix,
      });
      return next.events.length === 0;
    },
    halted: () => loadHalt(driver, s),
    queries: {
      listCases: (query) => listCases(driver, s, query),
      getCase: (relocationId) => getCase(driver, s, relocationId),
      historyOf: (record) => historyOfCase(store, record),
      async getHistory(relocationId) {
        const record = await getCase(driver, s, relocationId);
        return record === undefined ? [] : historyOfCase(store, record);
      },
    },
    async close() {
      await Promise.all([...running].map((projector) => projector.stop()));
      closed = true;
      const stopListening = await listening;
      listening = undefined;
      await stopListening?.();
    },
  };
}
