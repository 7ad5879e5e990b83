import { BACKWARDS, END, FORWARDS, START, StreamNotFoundError } from '@eventstore/db-client';
import type { EventStoreDBClient, RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import { splitStoreMetadata } from './storeMetadata.ts';
import { MissingPositionError, UNKNOWN_POSITION } from './toRecordedEvent.ts';

/** The last event of a stream, as the next append chains to it. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

/** What an earlier append with the same idempotency key left in the stream. */
export interface KeyedAppend {
  readonly nextRevision: number;
  readonly position: bigint;
}

export interface ScannedStream {
  readonly head: StreamHead | undefined;
  readonly keyed: KeyedAppend | undefined;
}

export class UnchainedEventError extends Error {
  readonly code = 'UNCHAINED_EVENT';

  constructor(revision: number) {
    super(
      `The stream's event at revision ${revision} was not written by this store (no hash): refusing to chain to it`,
    );
    this.name = 'UnchainedEventError';
  }
}

function toHead(event: ClientRecordedEvent): StreamHead {
  const revision = Number(event.revision);
  const store = splitStoreMetadata(event.metadata).store;
  if (!store) {
    throw new UnchainedEventError(revision);
  }
  return { revision, hash: store.hash };
}

/**
 * Streams a stream's events from the server; a stream that does not exist yields nothing. A reader that stops
 * early (break, return, throw) cancels the server call, so no read stays open on the connection.
 */
export async function* readClientEvents(
  client: EventStoreDBClient,
  serverStreamName: string,
  options: Parameters<EventStoreDBClient['readStream']>[1],
): AsyncGenerator<ClientRecordedEvent> {
  const read = client.readStream(serverStreamName, options);
  let finished = false;
  try {
    for await (const resolved of read) {
      if (resolved.event) {
        yield resolved.event;
      }
    }
    finished = true;
  } catch (error) {
    finished = true;
    if (error instanceof StreamNotFoundError) {
      return;
    }
    throw error;
  } finally {
    if (!finished) {
      await read.cancel().catch(() => undefined);
    }
  }
}

/** The revision of the stream's last event, whoever wrote it (undefined: no stream). */
export async function readLastRevision(
  client: EventStoreDBClient,
  serverStreamName: string,
): Promise<number | undefined> {
  for await (const event of readClientEvents(client, serverStreamName, {
    direction: BACKWARDS,
    fromRevision: END,
    maxCount: 1,
  })) {
    return Number(event.revision);
  }
  return undefined;
}

/** Reads only the stream's last event (one round trip). */
export async function readStreamHead(
  client: EventStoreDBClient,
  serverStreamName: string,
): Promise<StreamHead | undefined> {
  for await (const event of readClientEvents(client, serverStreamName, {
    direction: BACKWARDS,
    fromRevision: END,
    maxCount: 1,
  })) {
    return toHead(event);
  }
  return undefined;
}

/**
 * Reads the whole stream to find the events of an earlier append carrying this idempotency key, and the head.
 * Streams here are cases (tens of events), so a full read per keyed append is affordable; it is what makes the
 * key check exact (see README, "Idempotency").
 */
export async function scanStreamForKey(
  client: EventStoreDBClient,
  serverStreamName: string,
  keyHash: string,
): Promise<ScannedStream> {
  let last: ClientRecordedEvent | undefined;
  let keyed: KeyedAppend | undefined;
  for await (const event of readClientEvents(client, serverStreamName, {
    direction: FORWARDS,
    fromRevision: START,
  })) {
    last = event;
    if (splitStoreMetadata(event.metadata).store?.idempotencyKeyHash === keyHash) {
      if (!event.position || event.position.commit === UNKNOWN_POSITION) {
        throw new MissingPositionError();
      }
      keyed = { nextRevision: Number(event.revision), position: event.position.commit };
    }
  }
  return { head: last ? toHead(last) : undefined, keyed };
}
