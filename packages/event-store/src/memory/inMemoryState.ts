import type { AppendResult, Json, RecordedEvent } from '../port.ts';

export type StoredIdempotency = AppendResult & { readonly streamName: string };

/** Everything the in-memory store holds; the tamper hooks edit it directly. */
export interface InMemoryState {
  /** Every event in global order (ascending globalPosition). */
  readonly log: RecordedEvent[];
  /** Each stream's events in stored order. */
  readonly streams: Map<string, RecordedEvent[]>;
  /** Each stream's last revision and hash, kept apart from the events (reveals truncation). */
  readonly heads: Map<string, { revision: number; hash: string }>;
  readonly idempotency: Map<string, StoredIdempotency>;
  nextPosition: bigint;
}

export function createInMemoryState(): InMemoryState {
  return { log: [], streams: new Map(), heads: new Map(), idempotency: new Map(), nextPosition: 1n };
}

/** What a real store does to JSON: drops undefined members, turns -0 into 0; the stored copy is the caller's no more. */
export function toStoredJson<T extends Json | Record<string, Json>>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Replaces one stored event everywhere it is referenced. */
export function replaceStored(state: InMemoryState, before: RecordedEvent, after: RecordedEvent): void {
  const stream = state.streams.get(before.streamName) ?? [];
  const inStream = stream.indexOf(before);
  if (inStream >= 0) stream[inStream] = after;
  const inLog = state.log.indexOf(before);
  if (inLog >= 0) state.log[inLog] = after;
}

export function findStored(state: InMemoryState, streamName: string, revision: number): RecordedEvent {
  const found = state.streams.get(streamName)?.find((event) => event.revision === revision);
  if (found === undefined) throw new Error(`No stored event at revision ${revision} of stream ${streamName}`);
  return found;
}
