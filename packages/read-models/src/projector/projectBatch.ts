import type { ReadAllBatch } from '@relocation/event-store';
import type { SqlQueryable } from '@relocation/event-store-postgres';
import { recordStageChange } from '../dashboard/stageIntervals.ts';
import { applyToCase } from './applyToCase.ts';
import type { CaseRecord } from './caseRecord.ts';
import { loadCase, saveCase } from './caseRows.ts';
import { saveCheckpoint, type CheckpointRow } from './checkpointRow.ts';
import { historyEntryOf, purgeHistory, saveHistoryEntry } from './historyEntry.ts';
import { relocationIdOfStream, toDomainEvent } from './toDomainEvent.ts';
import { emptyStatisticsFacts, foldStatistics, type StatisticsFacts } from '../statistics/statisticsFacts.ts';
import { loadStatisticsFacts, saveStatisticsFacts } from '../statistics/statisticsRows.ts';

/**
 * Applies one batch of the feed inside the caller's transaction and writes the checkpoint in the same one: the
 * rows and the position they reflect commit together or not at all. Each case touched is loaded once, folded
 * through all of its events in the batch, and written once.
 */
export async function projectBatch(
  tx: SqlQueryable,
  s: string,
  batch: ReadAllBatch,
  previous: CheckpointRow,
  now: Date,
): Promise<void> {
  const cases = new Map<string, CaseRecord | undefined>();
  const changed = new Set<string>();
  // Undefined: a case projected before the statistics existed; it gets its facts on the next rebuild.
  const statistics = new Map<string, StatisticsFacts | undefined>();
  let maxPosition = previous.maxPosition;
  for (const recorded of batch.events) {
    if (maxPosition === undefined || recorded.globalPosition > maxPosition)
      maxPosition = recorded.globalPosition;
    const relocationId = relocationIdOfStream(recorded.streamName);
    if (relocationId === null) continue;
    const event = toDomainEvent(recorded);
    if (!cases.has(relocationId)) {
      const loaded = await loadCase(tx, s, relocationId);
      cases.set(relocationId, loaded);
      const facts = await loadStatisticsFacts(tx, s, relocationId);
      statistics.set(relocationId, facts ?? (loaded === undefined ? emptyStatisticsFacts() : undefined));
    }
    const at = {
      relocationId,
      streamName: recorded.streamName,
      revision: recorded.revision,
      position: recorded.globalPosition,
    };
    const before = cases.get(relocationId);
    const next = applyToCase(before, event, at);
    if (next === undefined) continue;
    await recordStageChange(tx, s, {
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
    await saveHistoryEntry(tx, s, historyEntryOf(event, at));
    if (event.type === 'CaseErased') await purgeHistory(tx, s, relocationId);
  }
  for (const relocationId of changed) {
    const record = cases.get(relocationId);
    if (record !== undefined) await saveCase(tx, s, record);
    const facts = statistics.get(relocationId);
    if (facts !== undefined) await saveStatisticsFacts(tx, s, relocationId, facts);
  }
  await saveCheckpoint(tx, s, batch.checkpoint, maxPosition, now);
}
