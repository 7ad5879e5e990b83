import { BACKWARDS, END, FORWARDS, START } from '@eventstore/db-client';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import type { ReadAllBatch, ReadAllOptions, RecordedEvent } from '@relocation/event-store';
import { comparePositions, decodeCheckpoint, encodeCheckpoint } from './checkpoint.ts';
import { toRecordedEvent } from './toRecordedEvent.ts';

export const DEFAULT_BATCH_SIZE = 500;
/** How many `$all` records one server read fetches while looking for events of this store. */
const SCAN_PAGE_SIZE = 1_000;

export function belongsToPrefix(event: RecordedEvent, streamPrefix: string | undefined): boolean {
  return streamPrefix === undefined || event.streamName.startsWith(streamPrefix);
}

/**
 * Reads the next batch of the store's events from `$all`, after the checkpoint. The client's `readAll` has no
 * server-side filter, so pages of `$all` are read and filtered here until the batch is full or the log ends.
 * A page read from a position may start at that position itself; events at or before the cursor are skipped.
 */
export async function readAllEvents(
  client: EventStoreDBClient,
  namespace: string,
  options: ReadAllOptions = {},
): Promise<ReadAllBatch> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!(Number.isSafeInteger(batchSize) && batchSize > 0)) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  let cursor: Position | undefined =
    options.after === undefined ? undefined : decodeCheckpoint(options.after);
  const events: RecordedEvent[] = [];

  for (;;) {
    let seen = 0;
    const page = client.readAll({
      direction: FORWARDS,
      fromPosition: cursor ?? START,
      maxCount: SCAN_PAGE_SIZE,
    });
    let pageCursor = cursor;
    for await (const resolved of page) {
      seen += 1;
      const event = resolved.event;
      if (!event) {
        continue;
      }
      if (pageCursor !== undefined && comparePositions(event.position, pageCursor) <= 0) {
        continue;
      }
      pageCursor = event.position;
      const recorded = toRecordedEvent(namespace, event);
      if (recorded && belongsToPrefix(recorded, options.streamPrefix)) {
        events.push(recorded);
        if (events.length === batchSize) {
          break;
        }
      }
    }
    cursor = pageCursor;
    if (events.length === batchSize) {
      // Leaving the loop early: end the server call too, not only the local stream.
      await page.cancel();
      break;
    }
    if (seen < SCAN_PAGE_SIZE) {
      break;
    }
  }
  const last = events.at(-1);
  return { events, checkpoint: last ? last.checkpoint : options.after };
}

/**
 * The checkpoint of the log's end now: the position of the last record in `$all` (of any stream: `readAllEvents`
 * skips every position up to it). Undefined for an empty log.
 */
export async function headCheckpoint(client: EventStoreDBClient): Promise<string | undefined> {
  for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
    const position = resolved.event?.position ?? resolved.link?.position;
    if (position !== undefined) return encodeCheckpoint(position);
  }
  return undefined;
}
