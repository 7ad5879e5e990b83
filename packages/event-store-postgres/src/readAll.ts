import type { FeedBatch, ReadAllBatch, ReadAllOptions } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import {
  EVENT_COLUMNS,
  FEED_COLUMNS,
  toFeedEvent,
  toRecordedEvent,
  type EventRow,
  type FeedRow,
} from './eventRow.ts';
import { decodeFeedCheckpoint } from './feedCheckpoint.ts';

export const FEED_BATCH_SIZE = 500;

/**
 * One batch of the global feed, in (transaction id, global position) order.
 *
 * Global positions come from a sequence, so a transaction can take a lower position and commit after one that took
 * a higher one; a reader that followed positions alone would move past the late event and never see it. Here only
 * rows whose transaction is older than the oldest transaction still running (the snapshot's xmin) are read: every
 * such transaction has finished, so nothing can later appear before the returned rows. An event of a transaction
 * still running is delivered once it and every older transaction have ended.
 */
export async function readAll(
  db: SqlQueryable,
  s: QuotedSchema,
  options: ReadAllOptions = {},
): Promise<ReadAllBatch> {
  const events = (await feedRows<EventRow>(db, s, EVENT_COLUMNS, options)).map(toRecordedEvent);
  const last = events[events.length - 1];
  return { events, checkpoint: last ? last.checkpoint : options.after };
}

/** `readAll` without the recording time and hashes (`EventStore.readFeed`): the same rows, fewer columns. */
export async function readFeed(
  db: SqlQueryable,
  s: QuotedSchema,
  options: ReadAllOptions = {},
): Promise<FeedBatch> {
  const events = (await feedRows<FeedRow>(db, s, FEED_COLUMNS, options)).map(toFeedEvent);
  const last = events[events.length - 1];
  return { events, checkpoint: last ? last.checkpoint : options.after };
}

function feedRows<Row>(
  db: SqlQueryable,
  s: QuotedSchema,
  columns: string,
  options: ReadAllOptions,
): Promise<Row[]> {
  const after = decodeFeedCheckpoint(options.after);
  return db.query<Row>(
    `SELECT ${columns} FROM ${s}.events e
     WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
       AND ($3::text IS NULL OR starts_with(e.stream_name, $3::text))
     ORDER BY e.transaction_id, e.global_position
     LIMIT $4`,
    [after.transactionId, after.position, options.streamPrefix ?? null, options.batchSize ?? FEED_BATCH_SIZE],
    { prepare: true },
  );
}

/**
 * The checkpoint of the feed's end now: the last event `readAll` can deliver at this moment (its transaction is
 * older than every one still running). Every event it has not delivered yet lies after it in the feed's order.
 */
export async function headCheckpoint(db: SqlQueryable, s: QuotedSchema): Promise<string | undefined> {
  const [row] = await db.query<{ checkpoint: string }>(
    `SELECT e.transaction_id::text || ':' || e.global_position::text AS checkpoint FROM ${s}.events e
     WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY e.transaction_id DESC, e.global_position DESC
     LIMIT 1`,
  );
  return row?.checkpoint;
}
