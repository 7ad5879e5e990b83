import { relocationStreamPrefix } from '@relocation/domain';
import { readFeedOf, type EventStore } from '@relocation/event-store';
import type { QuotedSchema, SqlDriver } from '@relocation/postgres';
import { loadCheckpoint, type CheckpointRow } from './checkpointRow.ts';
import { lockBatch } from './lockBatch.ts';
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

/** What one batch did: the events read and applied, and where the read models stand after it. */
export interface BatchOutcome {
  /** Events read from the feed (at most the batch size). */
  readonly read: number;
  /** Events applied: `read`, or 0 when another projector moved the checkpoint meanwhile. */
  readonly applied: number;
  /** The checkpoint the read models hold after the batch; undefined when the batch was dropped. */
  readonly checkpoint: CheckpointRow | undefined;
}

/**
 * Reads the next batch after the stored checkpoint and projects it in one transaction. The transaction takes the
 * read models' advisory lock and re-reads the checkpoint under it: if another projector (or a rebuild) moved it
 * since this one read the feed, the batch is dropped unapplied, so two projectors running by mistake never apply an
 * event twice. `known` is the checkpoint this projector left with its last batch: the feed is read after it without
 * reading the stored one first (a wrong guess is caught by the check under the lock, and costs one batch dropped).
 */
export async function projectNext(
  deps: ProjectOnceDependencies,
  known?: CheckpointRow,
): Promise<BatchOutcome> {
  const { driver, s } = deps;
  const before = known ?? (await loadCheckpoint(driver, s));
  const batch = await readFeedOf(deps.store, {
    ...(before.checkpoint === undefined ? {} : { after: before.checkpoint }),
    batchSize: deps.batchSize,
    streamPrefix: relocationStreamPrefix,
  });
  if (batch.events.length === 0) return { read: 0, applied: 0, checkpoint: before };
  const started = performance.timeOrigin + performance.now();
  const after = await driver.transaction(async (tx) => {
    await lockBatch(tx, deps.schema);
    const current = await loadCheckpoint(tx, s, true);
    if (current.checkpoint !== before.checkpoint) return undefined;
    return projectBatch(tx, s, batch, current, deps.clock());
  });
  if (after === undefined) return { read: batch.events.length, applied: 0, checkpoint: undefined };
  deps.onApplied?.();
  // The projection continues the trace of each command whose events the batch held (when tracing).
  recordForTraces(
    'relocation.project',
    batch.events.map((event) => event.metadata.traceparent),
    started,
    (_traceparent, count) => ({ 'relocation.event.count': count }),
  );
  return { read: batch.events.length, applied: batch.events.length, checkpoint: after };
}

/** `projectNext` from the stored checkpoint. Returns how many events were read and applied. */
export async function projectOnce(deps: ProjectOnceDependencies): Promise<number> {
  return (await projectNext(deps)).applied;
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
