import type { EventStore } from '@relocation/event-store';
import { decodeFeedCheckpoint, type SqlEventStore } from '@relocation/event-store-postgres';
import { type QuotedSchema, quoteSchema, type SqlQueryable } from '@relocation/postgres';
import { loadCheckpoint, type CheckpointRow } from './checkpointRow.ts';

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

/** Feed orders looked up, kept until this many (an event's transaction id never changes once committed). */
const FEED_ORDERS_KEPT = 10_000;

export interface ProgressCheck {
  /**
   * Whether the event at global position `position` has been projected (read-your-writes).
   *
   * The SQL stores deliver their feed in (transaction id, position) order, so a checkpoint whose position is past
   * N does not prove that N was delivered: N may belong to a younger transaction that committed later. There the
   * event's transaction id is looked up and the pair compared with the checkpoint's pair: N is processed exactly
   * when (xid(N), N) <= checkpoint. `?minPosition=` means "at least": a position that is no event's (0, 1, any
   * other) is processed once the checkpoint's position has reached it; positions grow with the transaction id and
   * the feed reads only transactions older than every running one, so no event can still arrive below it.
   * Stores whose feed runs in position order (KurrentDB, in memory) need no lookup: the highest position applied
   * (`max_position`) is then the frontier.
   */
  hasProcessed(position: bigint): Promise<boolean>;
  /** A batch was committed: checks from now on read the checkpoint again. */
  batchCommitted(): void;
}

/**
 * The read-your-writes check, made for many waiters at once: the waiters that check together (a batch committed
 * wakes them all) share one reading of the checkpoint, and each event's transaction id is looked up once.
 */
export function createProgressCheck(
  readModels: SqlQueryable,
  s: QuotedSchema,
  source: FeedOrderSource | undefined,
): ProgressCheck {
  let reading: Promise<CheckpointRow> | undefined;
  const checkpointNow = (): Promise<CheckpointRow> => {
    if (reading !== undefined) return reading;
    const started = loadCheckpoint(readModels, s).finally(() => {
      if (reading === started) reading = undefined;
    });
    reading = started;
    return started;
  };
  const transactionIds = new Map<bigint, bigint>();
  const transactionIdOf = async (order: FeedOrderSource, position: bigint): Promise<bigint | undefined> => {
    const known = transactionIds.get(position);
    if (known !== undefined) return known;
    const [row] = await order.db.query<{ transaction_id: string }>(
      `SELECT e.transaction_id::text AS transaction_id FROM ${quoteSchema(order.schema)}.events e
       WHERE e.global_position = $1::bigint`,
      [position.toString()],
      { prepare: true },
    );
    if (row === undefined) return undefined;
    if (transactionIds.size >= FEED_ORDERS_KEPT) transactionIds.clear();
    const transactionId = BigInt(row.transaction_id);
    transactionIds.set(position, transactionId);
    return transactionId;
  };
  return {
    async hasProcessed(position) {
      if (position <= 0n) return true;
      const [{ checkpoint, maxPosition }, transactionId] = await Promise.all([
        checkpointNow(),
        source === undefined ? undefined : transactionIdOf(source, position),
      ]);
      if (checkpoint === undefined) return false;
      if (source === undefined) return maxPosition !== undefined && maxPosition >= position;
      const at = decodeFeedCheckpoint(checkpoint);
      const atTransaction = BigInt(at.transactionId);
      const atPosition = BigInt(at.position);
      if (transactionId === undefined) return position <= atPosition;
      return transactionId < atTransaction || (transactionId === atTransaction && position <= atPosition);
    },
    batchCommitted() {
      reading = undefined;
    },
  };
}
