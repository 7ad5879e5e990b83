import { FORWARDS, NO_STREAM, START, WrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { idempotencyStreamName } from './streamNames.ts';
import { readClientEvents } from './streamHead.ts';

/** The result of the first append made with an idempotency key, kept in the key's own stream. */
export interface IdempotencyRecord {
  readonly streamName: string;
  readonly nextRevision: number;
  readonly position: bigint;
}

const RECORD_EVENT_TYPE = 'IdempotencyKeyUsed';

function parseRecord(data: unknown): IdempotencyRecord | undefined {
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const { streamName, nextRevision, position } = data as Record<string, unknown>;
  if (typeof streamName !== 'string' || typeof nextRevision !== 'number' || typeof position !== 'string') {
    return undefined;
  }
  if (!/^\d+$/.test(position)) {
    return undefined;
  }
  return { streamName, nextRevision, position: BigInt(position) };
}

export async function readIdempotencyRecord(
  client: EventStoreDBClient,
  keyHash: string,
): Promise<IdempotencyRecord | undefined> {
  const streamName = idempotencyStreamName(keyHash);
  for await (const event of readClientEvents(client, streamName, {
    direction: FORWARDS,
    fromRevision: START,
    maxCount: 1,
  })) {
    return parseRecord(event.data);
  }
  return undefined;
}

/**
 * Writes the record once (expected revision: no stream). A conflict means a concurrent retry recorded the same
 * append first, which is the same fact, so it is not an error.
 */
export async function writeIdempotencyRecord(
  client: EventStoreDBClient,
  keyHash: string,
  record: IdempotencyRecord,
): Promise<void> {
  const event = jsonEvent({
    type: RECORD_EVENT_TYPE,
    data: {
      streamName: record.streamName,
      nextRevision: record.nextRevision,
      position: record.position.toString(10),
    },
  });
  try {
    await client.appendToStream(idempotencyStreamName(keyHash), event, { expectedRevision: NO_STREAM });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) {
      return;
    }
    throw error;
  }
}
