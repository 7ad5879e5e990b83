import type { WaitForAppends } from './subscribe.ts';
/**
 * The event store port. Every adapter (memory, PostgreSQL, PGlite, KurrentDB) implements it and passes the one
 * contract suite in `@relocation/event-store/testing`.
 *
 * Revisions are 0-based per stream: the first event of a stream has revision 0. Global positions are adapter
 * specific but strictly increase in the order the feed delivers events; a checkpoint is an opaque string that
 * only the adapter that produced it interprets.
 */

/** JSON value as stored; adapters round-trip it exactly (unicode included). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type ExpectedRevision = number | 'no_stream' | 'any';

/** An event about to be appended. `id` is a UUID chosen by the caller (the command handler). */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  readonly metadata: Record<string, Json>;
}

/** An event as the store holds it. */
export interface RecordedEvent extends NewEvent {
  readonly streamName: string;
  readonly revision: number;
  readonly globalPosition: bigint;
  /** Where the global feed resumes to read the events after this one. */
  readonly checkpoint: string;
  readonly recordedAt: Date;
  /** SHA-256 (hex) of the event's canonical content chained to the previous event of its stream. */
  readonly hash: string;
  /** The previous event's hash, or null for revision 0. */
  readonly previousHash: string | null;
}

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  /**
   * A retried append with the same key returns the first append's result and appends nothing, whatever the
   * events or expected revision of the retry.
   */
  readonly idempotencyKey?: string;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextRevision: number;
  /** Global position of the last appended event. */
  readonly position: bigint;
  /** True when an earlier append with the same idempotency key was found and nothing was appended. */
  readonly replayed: boolean;
}

/** What an earlier append with an idempotency key did: found by `lookupIdempotencyKey`. */
export interface IdempotentAppend {
  readonly streamName: string;
  readonly nextRevision: number;
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** Inclusive start revision; default: the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: read the events after this checkpoint; undefined reads from the start. */
  readonly after?: string;
  readonly batchSize?: number;
  /** Only streams whose name starts with this prefix. */
  readonly streamPrefix?: string;
}

/**
 * A feed event without what folding it into a read model does not use: its recording time and hashes (about a
 * fifth of a stored event's bytes). See `EventStore.readFeed`.
 */
export type FeedEvent = Omit<RecordedEvent, 'recordedAt' | 'hash' | 'previousHash'>;

export interface FeedBatch {
  readonly events: readonly FeedEvent[];
  /** As `ReadAllBatch.checkpoint`. */
  readonly checkpoint: string | undefined;
}

export interface ReadAllBatch {
  readonly events: readonly RecordedEvent[];
  /** The checkpoint to pass as `after` for the next batch (unchanged when the batch is empty). */
  readonly checkpoint: string | undefined;
}

/** Where a subscriber keeps its position; a projector may instead store it with its own rows. */
export interface CheckpointStore {
  load(subscriberId: string): Promise<string | undefined>;
  store(subscriberId: string, checkpoint: string): Promise<void>;
}

export interface SubscribeOptions {
  readonly subscriberId: string;
  readonly checkpoints: CheckpointStore;
  /** Called once per event, in feed order; the checkpoint is stored only after it resolves (at-least-once). */
  readonly handle: (event: RecordedEvent) => Promise<void>;
  readonly streamPrefix?: string;
  readonly batchSize?: number;
  /** How long to wait between polls when caught up (adapters that push may ignore it). */
  readonly pollIntervalMs?: number;
  readonly signal?: AbortSignal;
  /** Told of errors the subscription retries by itself (a dropped connection, say). */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves when the subscription has stopped (signal aborted or `stop()` called); rejects if `handle` threw. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export type VerifyProblemKind = 'changed' | 'removed' | 'inserted' | 'reordered' | 'truncated';

export interface VerifyProblem {
  readonly kind: VerifyProblemKind;
  readonly streamName: string;
  readonly revision?: number;
  readonly globalPosition?: bigint;
  readonly detail: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  readonly problems: readonly VerifyProblem[];
}

export interface EventStore {
  appendToStream(
    streamName: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * The result of the earlier append made with this idempotency key, or undefined. A command handler asks when its
   * decision is refused, because a retried command meets a case that has moved on (a decision that is not refused
   * carries the key to `appendToStream`, which replays).
   */
  lookupIdempotencyKey(idempotencyKey: string): Promise<IdempotentAppend | undefined>;
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): Promise<ReadAllBatch>;
  /**
   * `readAll`'s events without their recording time and hashes, for a projection: the same events, checkpoints
   * and order, less to send and parse (a rebuild reads the whole feed). Optional: `readFeedOf` falls back to
   * `readAll` for a store without it.
   */
  readFeed?(options?: ReadAllOptions): Promise<FeedBatch>;
  /**
   * The feed's end now, as a checkpoint: `readAll` after it gives only what the feed has not delivered yet (events
   * committed from now on, and those it still holds back), none of the history. Undefined for an empty store. For a
   * reader that wants changes from now on, not the whole past (the console's live updates).
   */
  headCheckpoint(): Promise<string | undefined>;
  subscribe(options: SubscribeOptions): Subscription;
  /**
   * Optional: a wait, for a reader that polls the feed itself (a projector), that ends early once an append commits
   * after this call (in any process where the adapter can tell, else in this one). Its `ms` is the reader's
   * fallback poll.
   */
  watchAppends?(): WaitForAppends;
  /** Walks every stream (or those with the prefix) and the global feed, checking the hash chains. */
  verify(options?: { streamPrefix?: string }): Promise<VerifyReport>;
  close(): Promise<void>;
}
