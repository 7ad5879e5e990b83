import type { EventStore } from '@relocation/event-store';
import { decodeFeedCheckpoint, type SqlEventStore } from '@relocation/event-store-postgres';
import { type QuotedSchema, quoteSchema, type SqlQueryable } from '@relocation/postgres';
import { loadCheckpoint } from './checkpointRow.ts';

/** Where the events table of a SQL event store can be read, to place a position in the feed's order. */
export interface FeedOrderSource {
  readonly db: SqlQueryable;
  readonly schema: string;
}

function isSqlEventStore(store: EventStore): store is SqlEventStore {
  const candidate = store as Partial<SqlEventStore>;
  return typeof candidate.schema === 'string' && typeof candidate.driver?.query === 'function';
}

/**
 * The events table to consult for the SQL stores: the one named by `eventStoreSchema` (read through the read
 * models' own driver: same database), else the store's own when it is a SQL event store, else none.
 */
export function feedOrderSource(
  store: EventStore,
  driver: SqlQueryable,
  eventStoreSchema: string | undefined,
): FeedOrderSource | undefined {
  if (eventStoreSchema !== undefined) return { db: driver, schema: eventStoreSchema };
  if (isSqlEventStore(store)) return { db: store.driver, schema: store.schema };
  return undefined;
}

/**
 * Whether the event at global position `position` has been projected (read-your-writes).
 *
 * The SQL stores deliver their feed in (transaction id, position) order, so a checkpoint whose position is past N
 * does not prove that N was delivered: N may belong to a younger transaction that committed later. There the
 * event's transaction id is looked up and the pair compared with the checkpoint's pair: N is processed exactly
 * when (xid(N), N) <= checkpoint. `?minPosition=` means "at least": a position that is no event's (0, 1, any
 * other) is processed once the checkpoint's position has reached it; positions grow with the transaction id and
 * the feed reads only transactions older than every running one, so no event can still arrive below it.
 * Stores whose feed runs in position order (KurrentDB, in memory) need no lookup: the highest position applied
 * (`max_position`) is then the frontier.
 */
export async function hasProcessed(
  readModels: SqlQueryable,
  s: QuotedSchema,
  source: FeedOrderSource | undefined,
  position: bigint,
): Promise<boolean> {
  if (position <= 0n) return true;
  const { checkpoint, maxPosition } = await loadCheckpoint(readModels, s);
  if (checkpoint === undefined) return false;
  if (source === undefined) return maxPosition !== undefined && maxPosition >= position;
  const at = decodeFeedCheckpoint(checkpoint);
  const [row] = await source.db.query<{ processed: boolean }>(
    `SELECT (e.transaction_id, e.global_position) <= ($2::xid8, $3::bigint) AS processed
     FROM ${quoteSchema(source.schema)}.events e WHERE e.global_position = $1::bigint`,
    [position.toString(), at.transactionId, at.position],
  );
  if (row === undefined) return position <= BigInt(at.position);
  return row.processed;
}
