import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { recordStageChanges } from '../dashboard/stageIntervals.ts';
import { saveStatisticsFactsOf } from '../statistics/statisticsRows.ts';
import type { StatisticsFacts } from '../statistics/statisticsFacts.ts';
import type { CaseRecord } from './caseRecord.ts';
import { saveCases } from './caseRows.ts';
import { saveCheckpoint } from './checkpointRow.ts';
import type { FoldingState, PendingWrites } from './foldEvents.ts';
import { purgeHistory, saveHistoryEntries } from './historyEntry.ts';

export interface BulkWriteOptions {
  /**
   * The rows written cannot be there yet: the schema is a rebuild's, filled from empty, each event folded once.
   * History entries and stage intervals are then loaded by COPY where the connection can, with no conflict check.
   */
  readonly fresh?: boolean;
}

/**
 * Writes what `foldEvents` left, inside the caller's transaction, in a handful of statements whatever its size, and
 * the checkpoint with it: the stored history of erased cases is purged first (the new entries came purged from the
 * fold), then the history entries, stage intervals, case rows and statistics facts are written.
 */
export async function writePending(
  tx: SqlQueryable,
  s: QuotedSchema,
  pending: PendingWrites,
  state: FoldingState,
  now: Date,
  options: BulkWriteOptions = {},
): Promise<void> {
  for (const relocationId of pending.erased) await purgeHistory(tx, s, relocationId);
  await saveHistoryEntries(tx, s, pending.history, options);
  await recordStageChanges(tx, s, pending.stageChanges, options);
  const records: CaseRecord[] = [];
  const facts: { relocationId: string; facts: StatisticsFacts }[] = [];
  for (const relocationId of pending.changed) {
    const record = state.cases.get(relocationId);
    if (record !== undefined) records.push(record);
    const folded = state.statistics.get(relocationId);
    if (folded !== undefined) facts.push({ relocationId, facts: folded });
  }
  await saveCases(tx, s, records);
  await saveStatisticsFactsOf(tx, s, facts);
  await saveCheckpoint(tx, s, pending.checkpoint, pending.maxPosition, now);
}
