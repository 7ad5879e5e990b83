import {
  checkExpectedRevision,
  InvalidAppendError,
  validateAppend,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type IdempotentAppend,
  type NewEvent,
} from '@relocation/event-store';
import type { QuotedSchema, SqlDriver, SqlQueryable } from '@relocation/postgres';
import { EVENTS_PER_TRANSACTION, positionSql } from './globalPosition.ts';
import { hashedColumns } from './hashedColumns.ts';
import { uniqueViolationConstraint } from './sqlErrors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StreamHead {
  readonly revision: number;
  readonly head_hash: string | null;
  readonly head_position: string | null;
}

/**
 * The previous append path, kept selectable (`appendPath: 'transaction'`) for comparison: four or five round trips.
 * Appends in one transaction: lock the stream's head row (creating it if need be), check the expected revision,
 * hash the events client-side, then insert them all, move the head and record the idempotency key in one statement.
 */
export async function appendToStream(
  driver: SqlDriver,
  s: QuotedSchema,
  streamName: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  validateSqlAppend(streamName, events, options);
  try {
    return await driver.transaction((tx) => appendInTransaction(tx, s, streamName, events, options));
  } catch (error) {
    if (error instanceof Replayed) return error.result;
    const constraint = uniqueViolationConstraint(error);
    if (constraint === undefined) throw error;
    if (constraint === 'idempotency_pkey' && options.idempotencyKey !== undefined) {
      // The same key committed concurrently (on another stream, or between our lookup and insert).
      const stored = await findIdempotent(driver, s, options.idempotencyKey);
      if (stored) return stored;
    }
    if (constraint === 'events_event_id_key') {
      throw new InvalidAppendError(streamName, 'an event with one of these ids is already stored');
    }
    // Only a write that bypassed the head lock can collide on (stream, revision); report it as the conflict it is.
    const [head] = await driver.query<{ revision: number }>(
      `SELECT revision FROM ${s}.streams WHERE stream_name = $1`,
      [streamName],
    );
    throw new WrongExpectedRevisionError(
      streamName,
      options.expectedRevision,
      head?.revision ?? 'no_stream',
      {
        cause: error,
      },
    );
  }
}

/** The port's checks, and what this store adds: event ids are UUIDs, and an append fits one transaction. */
export function validateSqlAppend(
  streamName: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): void {
  validateAppend(streamName, events, options);
  if (events.length > EVENTS_PER_TRANSACTION) {
    throw new InvalidAppendError(streamName, `more than ${EVENTS_PER_TRANSACTION} events in one append`);
  }
  for (const event of events) {
    if (!UUID.test(event.id)) throw new InvalidAppendError(streamName, `event id ${event.id} is not a UUID`);
  }
}

/** Thrown inside the transaction so that it rolls back the head row it may have just created. */
class Replayed extends Error {
  readonly result: AppendResult;
  constructor(result: AppendResult) {
    super('replayed');
    this.result = result;
  }
}

/** The earlier append made with this idempotency key, if any. */
export async function lookupIdempotencyKey(
  db: SqlQueryable,
  s: QuotedSchema,
  key: string,
): Promise<IdempotentAppend | undefined> {
  const rows = await db.query<{ stream_name: string; next_revision: number; position: string }>(
    `SELECT stream_name, next_revision, position::text AS position FROM ${s}.idempotency WHERE key = $1`,
    [key],
  );
  const row = rows[0];
  return row
    ? { streamName: row.stream_name, nextRevision: row.next_revision, position: BigInt(row.position) }
    : undefined;
}

export async function findIdempotent(
  db: SqlQueryable,
  s: QuotedSchema,
  key: string,
): Promise<AppendResult | undefined> {
  const rows = await db.query<{ next_revision: number; position: string }>(
    `SELECT next_revision, position::text AS position FROM ${s}.idempotency WHERE key = $1`,
    [key],
  );
  const row = rows[0];
  return row
    ? { nextRevision: row.next_revision, position: BigInt(row.position), replayed: true }
    : undefined;
}

async function appendInTransaction(
  tx: SqlQueryable,
  s: QuotedSchema,
  streamName: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  const [head] = await tx.query<StreamHead>(
    `INSERT INTO ${s}.streams AS st (stream_name, revision) VALUES ($1, -1)
     ON CONFLICT (stream_name) DO UPDATE SET revision = st.revision
     RETURNING revision, head_hash, head_position::text AS head_position`,
    [streamName],
  );
  if (!head) throw new Error('Locking the stream head returned no row');

  const key = options.idempotencyKey;
  if (key !== undefined) {
    // Looked up under the stream lock, so a retry racing its original on the same stream finds it here.
    const stored = await findIdempotent(tx, s, key);
    if (stored) throw new Replayed(stored);
  }
  checkExpectedRevision(
    streamName,
    options.expectedRevision,
    head.revision < 0 ? 'no_stream' : head.revision,
  );

  const columns = hashedColumns(
    streamName,
    head.revision < 0 || head.head_hash === null
      ? undefined
      : { revision: head.revision, hash: head.head_hash },
    events,
  );
  const nextRevision = head.revision + events.length;
  const recordKey =
    key === undefined
      ? ''
      : `, recorded_key AS (
          INSERT INTO ${s}.idempotency (key, stream_name, next_revision, position)
          SELECT $11, $1, $9, max(global_position) FROM inserted
        )`;
  const [result] = await tx.query<{ position: string }>(
    `WITH inserted AS (
       INSERT INTO ${s}.events (global_position, transaction_id, stream_name, revision, event_id, type, data,
         metadata, hash, previous_hash)
       SELECT ${positionSql('n - 1')}, pg_current_xact_id(), $1, r, i, t, d::json, m::json, h, p
       FROM unnest($2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         WITH ORDINALITY AS u(r, i, t, d, m, h, p, n)
       RETURNING global_position
     ), moved_head AS (
       UPDATE ${s}.streams SET revision = $9, head_hash = $10,
         head_position = (SELECT max(global_position) FROM inserted)
       WHERE stream_name = $1
     )${recordKey}
     SELECT max(global_position)::text AS position FROM inserted`,
    [
      streamName,
      columns.revisions,
      columns.ids,
      columns.types,
      columns.data,
      columns.metadata,
      columns.hashes,
      columns.previousHashes,
      nextRevision,
      columns.hashes[columns.hashes.length - 1],
      ...(key === undefined ? [] : [key]),
    ],
  );
  if (!result) throw new Error('Appending returned no position');
  return { nextRevision, position: BigInt(result.position), replayed: false };
}
