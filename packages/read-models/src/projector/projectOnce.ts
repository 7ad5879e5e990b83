import { relocationStreamPrefix } from '@relocation/domain';
import type { EventStore } from '@relocation/event-store';
import type { QuotedSchema, SqlDriver } from '@relocation/postgres';
import { lockReadModels } from '../schema/migrate.ts';
import { loadCheckpoint } from './checkpointRow.ts';
import { projectBatch } from './projectBatch.ts';
import { recordForTraces } from '@relocation/tracing';

export interface ProjectOnceDependencies {
  readonly driver: SqlDriver;
  readonly schema: string;
  /** The quoted schema name. */
  readonly s: QuotedSchema;
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly batchSize: number;
  /** Told after a batch committed (wakes this process's read-your-writes waits). */
  readonly onApplied?: () => void;
}

/**
 * Reads the next batch after the stored checkpoint and projects it in one transaction. The transaction takes the
 * read models' advisory lock and re-reads the checkpoint under it: if another projector (or a rebuild) moved it
 * since this one read the feed, the batch is dropped unapplied and 0 is returned, so two projectors running by
 * mistake never apply an event twice. Returns how many events were read and applied.
 */
export async function projectOnce(deps: ProjectOnceDependencies): Promise<number> {
  const { driver, s } = deps;
  const before = await loadCheckpoint(driver, s);
  const batch = await deps.store.readAll({
    ...(before.checkpoint === undefined ? {} : { after: before.checkpoint }),
    batchSize: deps.batchSize,
    streamPrefix: relocationStreamPrefix,
  });
  if (batch.events.length === 0) return 0;
  const started = performance.timeOrigin + performance.now();
  const applied = await driver.transaction(async (tx) => {
    await lockReadModels(tx, deps.schema);
    const current = await loadCheckpoint(tx, s, true);
    if (current.checkpoint !== before.checkpoint) return 0;
    await projectBatch(tx, s, batch, current, deps.clock());
    return batch.events.length;
  });
  if (applied > 0) deps.onApplied?.();
  // The projection continues the trace of each command whose events the batch held (when tracing).
  if (applied > 0) {
    recordForTraces(
      'relocation.project',
      batch.events.map((event) => event.metadata.traceparent),
      started,
      (_traceparent, count) => ({ 'relocation.event.count': count }),
    );
  }
  return applied;
}

/** Projects batch after batch until the feed has nothing more to give right now. Returns the events applied. */
export async function projectUntilCaughtUp(deps: ProjectOnceDependencies): Promise<number> {
  let total = 0;
  for (;;) {
    const applied = await projectOnce(deps);
    if (applied === 0) {
      const { checkpoint } = await loadCheckpoint(deps.driver, deps.s);
      const next = await deps.store.readAll({
        ...(checkpoint === undefined ? {} : { after: checkpoint }),
        batchSize: 1,
        streamPrefix: relocationStreamPrefix,
      });
      if (next.events.length === 0) return total;
    }
    total += applied;
  }
}
