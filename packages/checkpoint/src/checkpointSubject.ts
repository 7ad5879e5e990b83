import type { CheckpointHeads } from './checkpoint.ts';

export interface StoredHash {
  readonly name: string;
  readonly revision: number;
  /** The stored event's hash at that revision; null when no event is stored there. */
  readonly hash: string | null;
  /** Whether the stream has any event at all. */
  readonly streamExists: boolean;
}

/** What a checkpoint is taken of and compared with: the event store and the access log in one database. */
export interface CheckpointSubject {
  /** Every stream's newest stored event, and the access log's newest entry. */
  currentHeads(): Promise<CheckpointHeads>;
  /** The stored hashes at the given revisions, in the same order. */
  storedHashes(heads: readonly { readonly name: string; readonly revision: number }[]): Promise<StoredHash[]>;
  /** The stored hash of access log entry `seq`; undefined when there is no such entry. */
  accessLogHashAt(seq: number): Promise<string | undefined>;
}
