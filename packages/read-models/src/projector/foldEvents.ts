import { decodeRelocationEvent, relocationIdOfStream } from '@relocation/domain';
import type { FeedEvent } from '@relocation/event-store';
import type { StageChange } from '../dashboard/stageIntervals.ts';
import { foldStatistics, type StatisticsFacts } from '../statistics/statisticsFacts.ts';
import { applyToCase } from './applyToCase.ts';
import type { CaseRecord } from './caseRecord.ts';

/** The case of a stream, as the read models key it: its id in lowercase (`getCase` looks it up so). */
export function caseIdOf(streamName: string): string | null {
  let relocationId = recentCaseIds.get(streamName);
  if (relocationId === undefined) {
    relocationId = relocationIdOfStream(streamName)?.toLowerCase() ?? null;
    if (recentCaseIds.size >= RECENT_CASE_IDS) recentCaseIds.clear();
    recentCaseIds.set(streamName, relocationId);
  }
  return relocationId;
}

/**
 * The case ids of streams seen lately: a batch asks for each event's case more than once, and a case's events come
 * close together in the feed, so most answers are found here rather than by the stream name's pattern.
 */
const recentCaseIds = new Map<string, string | null>();
const RECENT_CASE_IDS = 10_000;

/**
 * What a run of folded events leaves to write: the cases and statistics facts they changed (by id; the rows are
 * taken from the folding state when written) and their stage changes in feed order. (The timeline is not a read
 * model: it is read from the case's stream, `historyOfCase`.)
 */
export interface PendingWrites {
  readonly changed: Set<string>;
  readonly stageChanges: StageChange[];
  maxPosition: bigint | undefined;
  checkpoint: string | undefined;
  events: number;
}

export function pendingWrites(
  maxPosition: bigint | undefined,
  checkpoint: string | undefined,
): PendingWrites {
  return {
    changed: new Set(),
    stageChanges: [],
    maxPosition,
    checkpoint,
    events: 0,
  };
}

/**
 * The cases being folded, by id: a record, or undefined when the case has no row yet. Statistics facts are
 * undefined for a case projected before the statistics existed (it gets its facts on the next rebuild).
 */
export interface FoldingState {
  readonly cases: Map<string, CaseRecord | undefined>;
  readonly statistics: Map<string, StatisticsFacts | undefined>;
}

/**
 * Folds events into `state` and records in `pending` what to write: pure, no I/O. Every case the events name must
 * be in `state.cases` (its row or undefined).
 */
export function foldEvents(events: readonly FeedEvent[], state: FoldingState, pending: PendingWrites): void {
  for (const recorded of events) {
    pending.events += 1;
    if (pending.maxPosition === undefined || recorded.globalPosition > pending.maxPosition)
      pending.maxPosition = recorded.globalPosition;
    pending.checkpoint = recorded.checkpoint;
    const relocationId = caseIdOf(recorded.streamName);
    if (relocationId === null) continue;
    const event = decodeRelocationEvent(recorded);
    const at = {
      relocationId,
      streamName: recorded.streamName,
      revision: recorded.revision,
      position: recorded.globalPosition,
    };
    const before = state.cases.get(relocationId);
    const next = applyToCase(before, event, at);
    if (next === undefined) continue;
    pending.stageChanges.push({
      relocationId,
      from: before?.state.status ?? 'notInitiated',
      to: next.state.status,
      revision: recorded.revision,
      occurredAt: event.metadata.occurredAt,
    });
    state.cases.set(relocationId, next);
    pending.changed.add(relocationId);
    const facts = state.statistics.get(relocationId);
    if (facts !== undefined)
      state.statistics.set(relocationId, foldStatistics(facts, event, next.state.status));
  }
}
