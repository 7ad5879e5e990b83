import { decodeRelocationEvent, relocationIdOfStream } from '@relocation/domain';
import type { ReadAllBatch } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { recordStageChanges, type StageChange } from '../dashboard/stageIntervals.ts';
import { applyToCase } from './applyToCase.ts';
import type { CaseRecord } from './caseRecord.ts';
import { loadCases, saveCases } from './caseRows.ts';
import { saveCheckpoint, type CheckpointRow } from './checkpointRow.ts';
import { historyEntryOf, purgeHistory, saveHistoryEntries, type HistoryEntry } from './historyEntry.ts';
import { emptyStatisticsFacts, foldStatistics, type StatisticsFacts } from '../statistics/statisticsFacts.ts';
import { loadStatisticsFactsOf, saveStatisticsFactsOf } from '../statistics/statisticsRows.ts';

/** The case of a stream, as the read models key it: its id in lowercase (`getCase` looks it up so). */
const caseIdOf = (streamName: string): string | null =>
  relocationIdOfStream(streamName)?.toLowerCase() ?? null;

/**
 * Applies one batch of the feed inside the caller's transaction and writes the checkpoint in the same one: the
 * rows and the position they reflect commit together or not at all. The batch is folded in memory and written in
 * a handful of statements whatever its size: the cases it touches and their statistics facts are loaded in one
 * query each, and their rows, history entries and stage intervals written in one statement each (a CaseErased
 * first writes the history gathered so far, then purges it, as one event at a time would).
 */
export async function projectBatch(
  tx: SqlQueryable,
  s: QuotedSchema,
  batch: ReadAllBatch,
  previous: CheckpointRow,
  now: Date,
): Promise<void> {
  const ids = new Set<string>();
  for (const recorded of batch.events) {
    const relocationId = caseIdOf(recorded.streamName);
    if (relocationId !== null) ids.add(relocationId);
  }
  const loaded = await loadCases(tx, s, [...ids]);
  const loadedFacts = await loadStatisticsFactsOf(tx, s, [...ids]);
  const cases = new Map<string, CaseRecord | undefined>();
  // Undefined: a case projected before the statistics existed; it gets its facts on the next rebuild.
  const statistics = new Map<string, StatisticsFacts | undefined>();
  for (const relocationId of ids) {
    const record = loaded.get(relocationId);
    cases.set(relocationId, record);
    statistics.set(
      relocationId,
      loadedFacts.get(relocationId) ?? (record === undefined ? emptyStatisticsFacts() : undefined),
    );
  }
  const changed = new Set<string>();
  const stageChanges: StageChange[] = [];
  let history: HistoryEntry[] = [];
  let maxPosition = previous.maxPosition;
  for (const recorded of batch.events) {
    if (maxPosition === undefined || recorded.globalPosition > maxPosition)
      maxPosition = recorded.globalPosition;
    const relocationId = caseIdOf(recorded.streamName);
    if (relocationId === null) continue;
    const event = decodeRelocationEvent(recorded);
    const at = {
      relocationId,
      streamName: recorded.streamName,
      revision: recorded.revision,
      position: recorded.globalPosition,
    };
    const before = cases.get(relocationId);
    const next = applyToCase(before, event, at);
    if (next === undefined) continue;
    stageChanges.push({
      relocationId,
      from: before?.state.status ?? 'notInitiated',
      to: next.state.status,
      revision: recorded.revision,
      occurredAt: event.metadata.occurredAt,
    });
    cases.set(relocationId, next);
    changed.add(relocationId);
    const facts = statistics.get(relocationId);
    if (facts !== undefined) statistics.set(relocationId, foldStatistics(facts, event, next.state.status));
    history.push(historyEntryOf(event, at));
    if (event.type === 'CaseErased') {
      await saveHistoryEntries(tx, s, history);
      history = [];
      await purgeHistory(tx, s, relocationId);
    }
  }
  await saveHistoryEntries(tx, s, history);
  await recordStageChanges(tx, s, stageChanges);
  const records: CaseRecord[] = [];
  const factsToSave: { relocationId: string; facts: StatisticsFacts }[] = [];
  for (const relocationId of changed) {
    const record = cases.get(relocationId);
    if (record !== undefined) records.push(record);
    const facts = statistics.get(relocationId);
    if (facts !== undefined) factsToSave.push({ relocationId, facts });
  }
  await saveCases(tx, s, records);
  await saveStatisticsFactsOf(tx, s, factsToSave);
  await saveCheckpoint(tx, s, batch.checkpoint, maxPosition, now);
}
