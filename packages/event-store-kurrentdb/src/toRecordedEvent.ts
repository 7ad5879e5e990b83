import type { RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import type { Json, RecordedEvent } from '@relocation/event-store';
import { encodeCheckpoint } from './checkpoint.ts';
import { splitStoreMetadata } from './storeMetadata.ts';
import { fromServerStreamName } from './streamNames.ts';

/** What servers before 22.6 put in the position of an event read from a stream: "not known". */
export const UNKNOWN_POSITION = 2n ** 64n - 1n;

export class MissingPositionError extends Error {
  readonly code = 'MISSING_POSITION';

  constructor() {
    super(
      'KurrentDB returned an event without its log position: the server must be EventStoreDB 22.6 or newer',
    );
    this.name = 'MissingPositionError';
  }
}

/**
 * Maps an event read from the server to the port's shape, or undefined when it is not an event of this store:
 * another namespace, a system stream, a system event type (`$`-prefixed, such as stream metadata or links), or
 * binary content. An event in the namespace without the adapter's metadata is returned with an empty hash, so
 * that verify reports it instead of the feed hiding it.
 */
export function toRecordedEvent(namespace: string, event: ClientRecordedEvent): RecordedEvent | undefined {
  const streamName = fromServerStreamName(namespace, event.streamId);
  if (streamName === undefined || event.type.startsWith('$') || !event.isJson) {
    return undefined;
  }
  if (!event.position || event.position.commit === UNKNOWN_POSITION) {
    throw new MissingPositionError();
  }
  const { metadata, store } = splitStoreMetadata(event.metadata);
  return {
    id: event.id,
    type: event.type,
    data: event.data as Json,
    metadata,
    streamName,
    revision: Number(event.revision),
    globalPosition: event.position.commit,
    checkpoint: encodeCheckpoint(event.position),
    recordedAt: event.created,
    hash: store?.hash ?? '',
    previousHash: store?.previousHash ?? null,
  };
}

/** The SHA-256 of the idempotency key the event was appended with, if any. */
export function idempotencyKeyHashOf(event: ClientRecordedEvent): string | undefined {
  return splitStoreMetadata(event.metadata).store?.idempotencyKeyHash;
}
