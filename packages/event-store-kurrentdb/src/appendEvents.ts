import { FORWARDS, WrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import type { EventStoreDBClient, JSONType } from '@eventstore/db-client';
import {
  InvalidAppendError,
  WrongExpectedRevisionError,
  chainEvents,
  checkExpectedRevision,
  validateAppend,
} from '@relocation/event-store';
import type { AppendOptions, AppendResult, NewEvent } from '@relocation/event-store';
import {
  fromClientCurrentRevision,
  toClientCurrentRevision,
  toClientExpectedRevision,
} from './expectedRevision.ts';
import { readIdempotencyRecord, writeIdempotencyRecord } from './idempotencyRecord.ts';
import { mergeStoreMetadata } from './storeMetadata.ts';
import { readClientEvents, readLastRevision, readStreamHead, scanStreamForKey } from './streamHead.ts';
import type { StreamHead } from './streamHead.ts';
import { idempotencyKeyHash, toServerStreamName } from './streamNames.ts';
import { MissingPositionError, UNKNOWN_POSITION } from './toRecordedEvent.ts';

export interface AppendContext {
  readonly client: EventStoreDBClient;
  readonly namespace: string;
  /** How often an append with expected revision 'any' re-reads the head after losing a race. */
  readonly maxAttempts: number;
}

function toEventData(chained: ReturnType<typeof chainEvents>, keyHash: string | undefined) {
  return chained.map(({ event, hash, previousHash }) =>
    jsonEvent({
      id: event.id,
      type: event.type,
      // The client serialises data with JSON.stringify, so any JSON value (null, numbers) round-trips.
      data: event.data as JSONType,
      metadata: mergeStoreMetadata(event.metadata, {
        hash,
        previousHash,
        ...(keyHash === undefined ? {} : { idempotencyKeyHash: keyHash }),
      }),
    }),
  );
}

/**
 * The commit position of the event at `revision`, read back from the server: the append result carries one
 * position for the whole write, while the port promises the last appended event's own position.
 */
async function positionOfRevision(
  context: AppendContext,
  serverStreamName: string,
  revision: number,
  fallback: bigint | undefined,
): Promise<bigint> {
  const events = readClientEvents(context.client, serverStreamName, {
    direction: FORWARDS,
    fromRevision: BigInt(revision),
    maxCount: 1,
  });
  for await (const event of events) {
    if (event.position && event.position.commit !== UNKNOWN_POSITION) {
      return event.position.commit;
    }
  }
  if (fallback === undefined) {
    throw new MissingPositionError();
  }
  return fallback;
}

/**
 * Appends with a hash chain and, when asked, an idempotency key. Each attempt reads the stream's head (the whole
 * stream when keyed), checks the caller's expectation, chains the events to the head and appends with the exact
 * revision read. See README "Guarantees" for what a crash between the event append and the key record means.
 */
export async function appendEvents(
  context: AppendContext,
  streamName: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  validateAppend(streamName, events, options);
  const systemType = events.find((event) => event.type.startsWith('$'));
  if (systemType) {
    // KurrentDB reserves `$`-prefixed event types (links, stream metadata); reads leave them out.
    throw new InvalidAppendError(streamName, `event type ${JSON.stringify(systemType.type)} is reserved`);
  }
  const serverStreamName = toServerStreamName(context.namespace, streamName);
  const { client } = context;
  const keyHash =
    options.idempotencyKey === undefined
      ? undefined
      : idempotencyKeyHash(context.namespace, options.idempotencyKey);

  if (keyHash !== undefined) {
    const recorded = await readIdempotencyRecord(client, keyHash);
    if (recorded) {
      return { nextRevision: recorded.nextRevision, position: recorded.position, replayed: true };
    }
  }

  for (let attempt = 1; ; attempt += 1) {
    let head: StreamHead | undefined;
    if (keyHash === undefined) {
      head = await readStreamHead(client, serverStreamName);
    } else {
      const scanned = await scanStreamForKey(client, serverStreamName, keyHash);
      if (scanned.keyed) {
        // The first append landed but its key record may not have: write it now, then replay.
        await writeIdempotencyRecord(client, keyHash, { streamName, ...scanned.keyed });
        return { ...scanned.keyed, replayed: true };
      }
      head = scanned.head;
    }
    const observed = head === undefined ? 'no_stream' : head.revision;
    checkExpectedRevision(streamName, options.expectedRevision, observed);

    const chained = chainEvents(streamName, head, events);
    let result: Awaited<ReturnType<EventStoreDBClient['appendToStream']>>;
    try {
      const expectedRevision = toClientExpectedRevision(observed);
      result = await client.appendToStream(serverStreamName, toEventData(chained, keyHash), {
        expectedRevision,
      });
      if (!result.success) {
        // A client built with throwOnAppendFailure=false reports the conflict instead of throwing it.
        throw new WrongExpectedVersionError(undefined, {
          streamName: serverStreamName,
          expected: expectedRevision,
          // Its reported revision is not reliable on every path, so the stream is asked again.
          current: toClientCurrentRevision(await readLastRevision(client, serverStreamName)),
        });
      }
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) {
        throw error;
      }
      // Someone appended between our read and our write. With 'any' (or a key, whose retry may be that someone)
      // read again; otherwise the caller's expectation no longer holds.
      const retry = options.expectedRevision === 'any' || keyHash !== undefined;
      if (!retry || attempt >= context.maxAttempts) {
        throw new WrongExpectedRevisionError(
          streamName,
          options.expectedRevision,
          fromClientCurrentRevision(error.actualVersion),
          { cause: error },
        );
      }
      continue;
    }
    const nextRevision = Number(result.nextExpectedRevision);
    const position = await positionOfRevision(
      context,
      serverStreamName,
      nextRevision,
      result.position?.commit,
    );
    if (keyHash !== undefined) {
      await writeIdempotencyRecord(client, keyHash, { streamName, nextRevision, position });
    }
    return { nextRevision, position, replayed: false };
  }
}
