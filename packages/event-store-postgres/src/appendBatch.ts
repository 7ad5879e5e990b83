import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import type { HashedColumns } from './hashedColumns.ts';
import type { KnownHead } from './streamHeads.ts';

/**
 * One append as `append_batch` (migrations 4 and 5) takes it: the head its events were hashed against (`head` undefined:
 * not hashed, only report the head), the idempotency key, and the hashed columns.
 */
export interface AppendCall {
  readonly streamName: string;
  readonly head: KnownHead | undefined;
  readonly idempotencyKey: string | undefined;
  readonly columns: HashedColumns | undefined;
}

/**
 * What `append_batch` did with one append, under the stream's row lock:
 * - `appended`: the head matched, the events are in; `revision`, `hash`, `position` are the new head's;
 * - `replayed`: the key was already used; `revision`, `position` are the first append's;
 * - `head`: the head did not match the hint (or there was none), or another writer created the stream first;
 *   nothing written; `revision`, `hash` are the head.
 */
export type AppendOutcome =
  | { readonly kind: 'appended'; readonly revision: number; readonly hash: string; readonly position: bigint }
  | { readonly kind: 'replayed'; readonly revision: number; readonly position: bigint }
  | { readonly kind: 'head'; readonly revision: number; readonly hash: string | null };

interface OutcomeRow {
  readonly r_outcome: string;
  readonly r_revision: number | null;
  readonly r_hash: string | null;
  readonly r_position: string | null;
}

/**
 * Runs any number of appends in one statement, so in one round trip and one transaction (one WAL flush). Each
 * append is checked against its own stream's locked head, and a failed check is that append's outcome only. What
 * a check cannot foresee (an event id already stored, a key used at the same moment on another stream) fails the
 * statement with a unique violation; group commit then retries each append alone. No subtransactions: more than 64
 * in one transaction would slow every snapshot in the cluster. The function locks the heads in one order of its
 * own; of several appends to one stream, the first in the order given whose hint fits wins, and the others are
 * answered the head it leaves.
 *
 * Each connection plans the function's statements once and keeps that plan until the tables' statistics change
 * (planning them on every call would cost more than running them). Left to the statistics, a plan made on the
 * nearly empty tables of a new database, before autovacuum first analysed them, joined the call's appends to the
 * heads and the keys by scanning and hashing those tables whole, and kept doing so as they grew: every append
 * cost time in proportion to every key ever used (issue 17).
 * Migration 6 turns sequential scans off inside the function, so that its plan reaches the call's heads and keys
 * through their indexes, at any size of the tables (a test makes the plan on empty tables, adds 20,000 heads and
 * keys, and counts the rows the next call reads). `append_each` needs no such setting: its statements look up one
 * key each, which the planner reaches by index even on an empty table.
 */
export async function appendBatch(
  db: SqlQueryable,
  s: QuotedSchema,
  calls: readonly AppendCall[],
): Promise<AppendOutcome[]> {
  const flat = {
    ids: [] as string[],
    types: [] as string[],
    data: [] as string[],
    metadata: [] as string[],
    hashes: [] as string[],
    previousHashes: [] as (string | null)[],
  };
  for (const call of calls) {
    const columns = call.columns;
    if (columns === undefined) continue;
    flat.ids.push(...columns.ids);
    flat.types.push(...columns.types);
    flat.data.push(...columns.data);
    flat.metadata.push(...columns.metadata);
    flat.hashes.push(...columns.hashes);
    flat.previousHashes.push(...columns.previousHashes);
  }
  const rows = await db.query<OutcomeRow>(
    `SELECT r_outcome, r_revision, r_hash, r_position::text AS r_position
     FROM ${s}.append_batch($1::text[], $2::integer[], $3::text[], $4::text[], $5::integer[], $6::uuid[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`,
    [
      calls.map((call) => call.streamName),
      calls.map((call) => (call.columns === undefined ? null : (call.head?.revision ?? null))),
      calls.map((call) => (call.columns === undefined ? null : (call.head?.hash ?? null))),
      calls.map((call) => call.idempotencyKey ?? null),
      calls.map((call) => call.columns?.ids.length ?? 0),
      flat.ids,
      flat.types,
      flat.data,
      flat.metadata,
      flat.hashes,
      flat.previousHashes,
    ],
    { prepare: true },
  );
  if (rows.length !== calls.length) {
    throw new Error(`append_batch answered ${rows.length} outcomes for ${calls.length} appends`);
  }
  return rows.map(toOutcome);
}

function toOutcome(row: OutcomeRow): AppendOutcome {
  const revision = row.r_revision ?? -1;
  switch (row.r_outcome) {
    case 'appended':
      return { kind: 'appended', revision, hash: row.r_hash ?? '', position: BigInt(row.r_position ?? '0') };
    case 'replayed':
      return { kind: 'replayed', revision, position: BigInt(row.r_position ?? '0') };
    case 'head':
      return { kind: 'head', revision, hash: row.r_hash };
    default:
      throw new Error(`append_batch answered an unknown outcome ${row.r_outcome}`);
  }
}
