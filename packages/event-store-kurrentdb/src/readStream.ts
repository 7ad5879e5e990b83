import { BACKWARDS, END, FORWARDS, START } from '@eventstore/db-client';
import type { EventStoreDBClient, ReadRevision } from '@eventstore/db-client';
import type { ReadStreamOptions, RecordedEvent } from '@relocation/event-store';
import { readClientEvents, readLastRevision } from './streamHead.ts';
import { toServerStreamName } from './streamNames.ts';
import { toRecordedEvent } from './toRecordedEvent.ts';

function assertRevision(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** Reads one stream; a stream that does not exist reads as empty. */
export async function* readStreamEvents(
  client: EventStoreDBClient,
  namespace: string,
  streamName: string,
  options: ReadStreamOptions = {},
): AsyncGenerator<RecordedEvent> {
  assertRevision('fromRevision', options.fromRevision);
  assertRevision('maxCount', options.maxCount);
  if (options.maxCount === 0) {
    return;
  }
  const backwards = options.direction === 'backwards';
  const serverStreamName = toServerStreamName(namespace, streamName);
  let fromRevision: ReadRevision =
    options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision);
  if (backwards && options.fromRevision !== undefined) {
    // The server reads a backwards range starting past the end as empty; the port starts at the last event.
    const last = await readLastRevision(client, serverStreamName);
    if (last === undefined) {
      return;
    }
    fromRevision = BigInt(Math.min(options.fromRevision, last));
  }
  const events = readClientEvents(client, serverStreamName, {
    direction: backwards ? BACKWARDS : FORWARDS,
    fromRevision,
    ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
  });
  for await (const event of events) {
    const recorded = toRecordedEvent(namespace, event);
    if (recorded) {
      yield recorded;
    }
  }
}
