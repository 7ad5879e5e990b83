import type { ExpectedRevision } from './port.ts';

/** An append's expected revision did not match the stream; nothing was written. Safe to retry after re-reading. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  readonly streamName: string;
  readonly expected: ExpectedRevision;
  /** The stream's last revision when the append was rejected, or 'no_stream' if it had no events. */
  readonly actual: number | 'no_stream';

  constructor(
    streamName: string,
    expected: ExpectedRevision,
    actual: number | 'no_stream',
    options?: ErrorOptions,
  ) {
    super(
      `Wrong expected revision for stream ${streamName}: expected ${String(expected)}, actual ${String(actual)}`,
      options,
    );
    this.name = 'WrongExpectedRevisionError';
    this.streamName = streamName;
    this.expected = expected;
    this.actual = actual;
  }
}

/** An append the port rejects before touching storage: no events, a bad expected revision, a malformed event. */
export class InvalidAppendError extends Error {
  readonly code = 'INVALID_APPEND';
  readonly streamName: string;

  constructor(streamName: string, reason: string) {
    super(`Invalid append to stream ${streamName}: ${reason}`);
    this.name = 'InvalidAppendError';
    this.streamName = streamName;
  }
}

/** A checkpoint string that the adapter did not produce (or no longer understands). */
export class InvalidCheckpointError extends Error {
  readonly code = 'INVALID_CHECKPOINT';
  readonly checkpoint: string;

  constructor(checkpoint: string, reason: string) {
    super(`Invalid checkpoint ${JSON.stringify(checkpoint)}: ${reason}`);
    this.name = 'InvalidCheckpointError';
    this.checkpoint = checkpoint;
  }
}

/** The store was closed; no further calls are accepted. */
export class EventStoreClosedError extends Error {
  readonly code = 'EVENT_STORE_CLOSED';

  constructor() {
    super('The event store is closed');
    this.name = 'EventStoreClosedError';
  }
}
