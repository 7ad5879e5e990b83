import { decodeRelocationEvent, relocationIdOfStream } from '@relocation/domain';
import type { FeedEvent } from '@relocation/event-store';
import type { StageChange } from '../dashboard/stageIntervals.ts';
import { foldStatistics, type StatisticsFacts } from '../statistics/statisticsFacts.ts';
import { applyToCase } from './applyToCase.ts';
import type { CaseRecord } from './caseRecord.ts';
import { historyCopyBytes, historyEntryOf, purgedSealed, type HistoryEntry } from './historyEntry.ts';

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
 * taken from the folding state when written), their history entries and stage changes in feed order, and the
 * cases erased, whose history written before is purged in SQL after the new entries are written.
 */
export interface PendingWrites {
  readonly changed: Set<string>;
  /** History entries a rebuild has already turned into COPY text (`renderHistory`); they come before `history`. */
  readonly historyText: Uint8Array<ArrayBuffer>[];
  readonly history: HistoryEntry[];
  /** Where each case's entries are in `history`, for an erasure to purge them. */
  readonly historyOf: Map<string, number[]>;
  readonly stageChanges: StageChange[];
  /** The cases erased, each with the revision of its (last) CaseErased. */
  readonly erased: Map<string, number>;
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
    historyText: [],
    history: [],
    historyOf: new Map(),
    stageChanges: [],
    erased: new Map(),
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
 * be in `state.cases` (its row or undefined). A CaseErased purges, in memory, the case's entries gathered so far
 * (its own included) and records the case with the erasure's revision, so that its entries written before are
 * purged in SQL up to it once the new ones are written: the same rows as one event at a time gives.
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
    const entries = pending.historyOf.get(relocationId) ?? [];
    if (entries.length === 0) pending.historyOf.set(relocationId, entries);
    entries.push(pending.history.push(historyEntryOf(event, at)) - 1);
    if (event.type === 'CaseErased') {
      for (const index of entries) {
        const entry = pending.history[index] as HistoryEntry;
        pending.history[index] = { ...entry, sealed: purgedSealed(entry.sealed) };
      }
      pending.erased.set(relocationId, recorded.revision);
    }
  }
}

/**
 * Turns the history entries gathered so far into COPY text, kept as UTF-8 bytes outside V8's heap (a rebuild's,
 * after each read's fold). An entry holds parts of its decoded event; kept until its transaction was written (up
 * to 20,000 events later), the entries were most of what survived the young generation's collections, and those
 * collections took 3 s of a rebuild's 20 s (issue 17). An erasure folded later can no longer purge these entries in
 * memory: `writePending` purges them in SQL after writing them, up to the erasure's revision, as it does the rows
 * stored before.
 */
export function renderHistory(pending: PendingWrites): void {
  if (pending.history.length === 0) return;
  pending.historyText.push(historyCopyBytes(pending.history));
  pending.history.length = 0;
  pending.historyOf.clear();
}
