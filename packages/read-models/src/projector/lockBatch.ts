import type { SqlQueryable } from '@relocation/postgres';
import { READ_MODEL_LOCK_CLASS } from '../schema/migrate.ts';

/**
 * Opens a projector batch: takes the read models' lock (as `lockReadModels`) and, for the rest of the batch's
 * transaction, has every statement reach its rows through indexes, in the same round trip.
 *
 * A batch reaches the rows of the few cases it names by their keys: their records, statistics facts and open stage
 * intervals. Those statements are prepared once per connection and keep their plan until the tables' statistics
 * change. Left to the statistics, a plan made on the nearly empty tables of a new database, before autovacuum
 * first analysed them, joined the batch's cases to the open stage intervals and the statistics facts by scanning
 * and hashing those tables whole, and kept doing so as they grew (issue 17). With sequential scans off, the plans
 * reach those rows through their indexes, at any size (a test makes the plans on empty tables, adds 20,000 rows,
 * and counts the rows the next batches read).
 */
export async function lockBatch(tx: SqlQueryable, schema: string): Promise<void> {
  await tx.query(
    `SELECT pg_advisory_xact_lock($1, hashtext($2)), set_config('enable_seqscan', 'off', true)`,
    [READ_MODEL_LOCK_CLASS, schema],
    { prepare: true },
  );
}
