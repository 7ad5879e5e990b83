import { NO_STREAM } from '@eventstore/db-client';
import type { AppendExpectedRevision, CurrentRevision } from '@eventstore/db-client';

/**
 * The revision sent with an append. Every append is sent with the exact revision the adapter has just read (the
 * hash chain needs the previous event), so even an append the caller made with 'any' cannot fork the chain: a
 * concurrent writer makes it fail on the server, and the adapter reads again.
 */
export function toClientExpectedRevision(observed: number | 'no_stream'): AppendExpectedRevision {
  return observed === 'no_stream' ? NO_STREAM : BigInt(observed);
}

/** The server's view of a stream's revision, numbered as the port numbers it. */
export function fromClientCurrentRevision(current: CurrentRevision): number | 'no_stream' {
  return current === NO_STREAM ? 'no_stream' : Number(current);
}

/** A revision read from the stream (undefined: no stream) as the client reports a current revision. */
export function toClientCurrentRevision(lastRevision: number | undefined): CurrentRevision {
  return lastRevision === undefined ? NO_STREAM : BigInt(lastRevision);
}
