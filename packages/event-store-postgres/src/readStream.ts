import type { ReadStreamOptions, RecordedEvent } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './eventRow.ts';

export const STREAM_PAGE_SIZE = 500;

/** Pages through one stream by revision, `pageSize` rows a query, so a long stream is never loaded whole. */
export async function* readStream(
  db: SqlQueryable,
  s: QuotedSchema,
  streamName: string,
  options: ReadStreamOptions = {},
  pageSize = STREAM_PAGE_SIZE,
): AsyncGenerator<RecordedEvent> {
  const backwards = options.direction === 'backwards';
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  let from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  const sql = `SELECT ${EVENT_COLUMNS} FROM ${s}.events e
    WHERE e.stream_name = $1 AND e.revision ${backwards ? '<=' : '>='} $2
    ORDER BY e.revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`;
  while (remaining > 0) {
    const limit = Math.min(pageSize, remaining);
    const rows = await db.query<EventRow>(sql, [streamName, Math.min(from, 2_147_483_647), limit], {
      prepare: true,
    });
    for (const row of rows) yield toRecordedEvent(row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < limit) return;
    remaining -= rows.length;
    from = backwards ? last.revision - 1 : last.revision + 1;
    if (from < 0) return;
  }
}
