import type { FeedBatch } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { emptyStatisticsFacts } from '../statistics/statisticsFacts.ts';
import { loadCasesAndFacts } from './caseRows.ts';
import type { CheckpointRow } from './checkpointRow.ts';
import { caseIdOf, foldEvents, pendingWrites, type FoldingState } from './foldEvents.ts';
import { writePending } from './writePending.ts';

/** Loads the cases among `relocationIds` and their statistics facts into `state`, in one query. */
export async function loadIntoState(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationIds: readonly string[],
  state: FoldingState,
): Promise<void> {
  const { cases: loaded, facts: loadedFacts } = await loadCasesAndFacts(db, s, relocationIds);
  for (const relocationId of relocationIds) {
    const record = loaded.get(relocationId);
    state.cases.set(relocationId, record);
    // Undefined: a case projected before the statistics existed; it gets its facts on the next rebuild.
    state.statistics.set(
      relocationId,
      loadedFacts.get(relocationId) ?? (record === undefined ? emptyStatisticsFacts() : undefined),
    );
  }
}

/** The cases the events name, once each. */
export function caseIdsOf(events: FeedBatch['events']): string[] {
  const ids = new Set<string>();
  for (const recorded of events) {
    const relocationId = caseIdOf(recorded.streamName);
    if (relocationId !== null) ids.add(relocationId);
  }
  return [...ids];
}

/**
 * Applies one batch of the feed inside the caller's transaction and writes the checkpoint in the same one: the
 * rows and the position they reflect commit together or not at all. The batch is folded in memory and written in
 * a handful of statements whatever its size: the cases it touches and their statistics facts are loaded in one
 * query, then `writePending` writes. Returns the checkpoint written.
 */
export async function projectBatch(
  tx: SqlQueryable,
  s: QuotedSchema,
  batch: FeedBatch,
  previous: CheckpointRow,
  now: Date,
): Promise<CheckpointRow> {
  const state: FoldingState = { cases: new Map(), statistics: new Map() };
  await loadIntoState(tx, s, caseIdsOf(batch.events), state);
  const pending = pendingWrites(previous.maxPosition, previous.checkpoint);
  foldEvents(batch.events, state, pending);
  pending.checkpoint = batch.checkpoint;
  await writePending(tx, s, pending, state, now);
  return { checkpoint: pending.checkpoint, maxPosition: pending.maxPosition };
}
