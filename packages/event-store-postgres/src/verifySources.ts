import type { RecordedEvent, StreamToVerify } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './eventRow.ts';

const STREAM_NAMES_PAGE = 500;
const FEED_PAGE = 1000;

/**
 * Every stream with a recorded head, paged through the streams table's key, then every stream name found among the
 * events without a head (stored behind the store's back), each with its recorded head; one stream in memory at a
 * time.
 */
export async function* streamsToVerify(
  db: SqlQueryable,
  s: QuotedSchema,
  streamPrefix: string | undefined,
): AsyncGenerator<StreamToVerify> {
  const prefix = streamPrefix ?? null;
  let after = '';
  for (;;) {
    const names = await db.query<{ stream_name: string }>(
      `SELECT stream_name FROM ${s}.streams
       WHERE stream_name > $1 AND revision >= 0 AND ($2::text IS NULL OR starts_with(stream_name, $2::text))
       ORDER BY stream_name LIMIT $3`,
      [after, prefix, STREAM_NAMES_PAGE],
    );
    for (const { stream_name: streamName } of names) yield loadStream(db, s, streamName);
    const last = names[names.length - 1];
    if (!last || names.length < STREAM_NAMES_PAGE) break;
    after = last.stream_name;
  }
  const headless = await db.query<{ stream_name: string }>(
    `SELECT DISTINCT e.stream_name FROM ${s}.events e
     WHERE ($1::text IS NULL OR starts_with(e.stream_name, $1::text))
       AND NOT EXISTS (SELECT 1 FROM ${s}.streams st WHERE st.stream_name = e.stream_name AND st.revision >= 0)
     ORDER BY e.stream_name`,
    [prefix],
  );
  for (const { stream_name: streamName } of headless) yield loadStream(db, s, streamName);
}

async function loadStream(db: SqlQueryable, s: QuotedSchema, streamName: string): Promise<StreamToVerify> {
  const [head] = await db.query<{ revision: number; head_hash: string | null }>(
    `SELECT revision, head_hash FROM ${s}.streams WHERE stream_name = $1`,
    [streamName],
  );
  const rows = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${s}.events e WHERE e.stream_name = $1 ORDER BY e.revision`,
    [streamName],
  );
  return {
    streamName,
    events: rows.map(toRecordedEvent),
    ...(head && head.revision >= 0
      ? { head: { revision: head.revision, ...(head.head_hash === null ? {} : { hash: head.head_hash }) } }
      : {}),
  };
}

/**
 * The whole global feed in delivery order, committed or not yet past the xmin horizon, page by page, for
 * `verifyFeedOrder`: a projection rebuilt from it must meet each stream's revisions in order.
 */
export async function* wholeFeed(
  db: SqlQueryable,
  s: QuotedSchema,
  streamPrefix: string | undefined,
): AsyncGenerator<RecordedEvent> {
  let after = { transactionId: '0', position: '0' };
  for (;;) {
    const rows = await db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${s}.events e
       WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
         AND ($3::text IS NULL OR starts_with(e.stream_name, $3::text))
       ORDER BY e.transaction_id, e.global_position LIMIT $4`,
      [after.transactionId, after.position, streamPrefix ?? null, FEED_PAGE],
    );
    for (const row of rows) yield toRecordedEvent(row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < FEED_PAGE) return;
    after = { transactionId: last.transaction_id, position: last.global_position };
  }
}
