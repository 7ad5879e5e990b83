import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { recordStageChanges } from '../dashboard/stageIntervals.ts';
import { saveStatisticsFactsOf } from '../statistics/statisticsRows.ts';
import type { StatisticsFacts } from '../statistics/statisticsFacts.ts';
import type { CaseRecord } from './caseRecord.ts';
import { saveCases } from './caseRows.ts';
import { saveCheckpoint } from './checkpointRow.ts';
import type { FoldingState, PendingWrites } from './foldEvents.ts';
import { gatheredWrites } from './oneStatement.ts';

export interface BulkWriteOptions {
  /**
   * The rows written cannot be there yet: the schema is a rebuild's, filled from empty, each event folded once.
   * Stage intervals are then loaded by COPY where the connection can, with no conflict check.
   */
  readonly fresh?: boolean;
}

/**
 * Writes what `foldEvents` left, inside the caller's transaction, and the checkpoint with it: the stage intervals,
 * case rows, statistics facts and checkpoint, in one statement whatever the batch's size.
 */
export async function writePending(
  tx: SqlQueryable,
  s: QuotedSchema,
  pending: PendingWrites,
  state: FoldingState,
  now: Date,
  options: BulkWriteOptions = {},
): Promise<void> {
  // A live batch's writes go as one statement (one round trip); a rebuild's load some of their rows by COPY,
  // which cannot be part of one.
  const writes = options.fresh === true ? undefined : gatheredWrites();
  const db = writes ?? tx;
  await recordStageChanges(db, s, pending.stageChanges, options);
  const records: CaseRecord[] = [];
  const facts: { relocationId: string; facts: StatisticsFacts }[] = [];
  for (const relocationId of pending.changed) {
    const record = state.cases.get(relocationId);
    if (record !== undefined) records.push(record);
    const folded = state.statistics.get(relocationId);
    if (folded !== undefined) facts.push({ relocationId, facts: folded });
  }
  await saveCases(db, s, records);
  await saveStatisticsFactsOf(db, s, facts);
  await saveCheckpoint(db, s, pending.checkpoint, pending.maxPosition, now);
  await writes?.run(tx);
}
