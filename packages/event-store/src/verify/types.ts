import type { RecordedEvent } from '../port.ts';

/** The parts of a stored event that verification looks at. */
export type VerifiableEvent = Pick<
  RecordedEvent,
  'streamName' | 'revision' | 'id' | 'type' | 'data' | 'metadata' | 'hash' | 'previousHash'
>;

/** The stream's last revision (and hash) as recorded apart from the events, e.g. in a streams table. */
export interface StreamHead {
  readonly revision: number;
  readonly hash?: string;
}

export interface StreamToVerify {
  readonly streamName: string;
  /** The stream's events in the order storage returns them (not re-sorted). */
  readonly events: readonly VerifiableEvent[];
  readonly head?: StreamHead;
}
