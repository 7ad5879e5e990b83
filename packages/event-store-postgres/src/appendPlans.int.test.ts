import { randomUUID } from 'node:crypto';
import { createPgDriver, quoteSchema, type SqlDriver, type SqlQueryable } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrations/migrate.ts';

const url = databaseUrlOrWarn('the PostgreSQL append plan tests');

/**
 * The append functions keep the plans they make on a connection's first calls. Those plans must not depend on how
 * large the tables were then: made on empty tables, they must still reach heads and keys by index once the tables
 * hold thousands of rows (issue 17: scanning every key ever used made each append slower than the last).
 */
describe.skipIf(!url)('append functions on PostgreSQL: plans by key at any table size', () => {
  const schema = uniqueSchemaName('plans');
  const s = quoteSchema(schema);
  let driver: SqlDriver;

  /** One call of `name` with these appends (each one new event on a new stream, or an append with a stale hint). */
  const call = (
    db: SqlQueryable,
    name: 'append_batch' | 'append_each',
    appends: readonly { readonly stream: string; readonly key: string | null }[],
  ): Promise<readonly { readonly r_outcome: string }[]> =>
    db.query(
      `SELECT r_outcome FROM ${s}.${name}($1::text[], $2::integer[], $3::text[], $4::text[], $5::integer[],
         $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`,
      [
        appends.map((append) => append.stream),
        appends.map(() => -1),
        appends.map(() => null),
        appends.map((append) => append.key),
        appends.map(() => 1),
        appends.map(() => randomUUID()),
        appends.map(() => 'Happened'),
        appends.map(() => '{}'),
        appends.map(() => '{}'),
        appends.map((_, index) => `hash-${index}`),
        appends.map(() => null),
      ],
    );
  const fresh = (count: number) =>
    Array.from({ length: count }, () => ({ stream: `plans-${randomUUID()}`, key: randomUUID() }));

  /**
   * How the heads and keys were read, as this connection counted it and has not yet reported (the current
   * transaction's counts, and possibly some of the ones before it): compare two readings in one transaction.
   * `rows`: rows read by sequential scans and fetched through indexes.
   */
  const readsOfHeadsAndKeys = async (db: SqlQueryable): Promise<{ scans: number; rows: number }> => {
    const [row] = await db.query<{ readonly scans: string; readonly rows: string }>(
      `SELECT coalesce(sum(seq_scan), 0)::text AS scans,
         coalesce(sum(seq_tup_read + idx_tup_fetch), 0)::text AS rows
       FROM pg_stat_xact_user_tables WHERE schemaname = $1 AND relname IN ('streams', 'idempotency')`,
      [schema],
    );
    return { scans: Number(row?.scans), rows: Number(row?.rows) };
  };

  beforeAll(async () => {
    // One connection: the plans made by the first calls are the ones the later calls use.
    driver = createPgDriver({ connectionString: url as string, max: 1 });
    await migrate(driver, schema);
    // No autovacuum: its analysis would make the connection plan again, and hide a plan made on empty tables.
    for (const table of ['streams', 'idempotency'])
      await driver.query(`ALTER TABLE ${s}.${table} SET (autovacuum_enabled = false)`);
    // Planned while the tables are empty: several calls, past any choice between custom and generic plans.
    for (let i = 0; i < 8; i += 1) {
      await call(driver, 'append_batch', fresh(3));
      await call(driver, 'append_each', fresh(1));
    }
    // Then the tables grow, as in the first minutes of a new system, without new statistics.
    await driver.query(
      `INSERT INTO ${s}.streams (stream_name, revision, head_hash, head_position)
       SELECT 'grown-' || i, 0, 'h', i FROM generate_series(1, 20000) AS i`,
    );
    await driver.query(
      `INSERT INTO ${s}.idempotency (key, stream_name, next_revision, position)
       SELECT 'grown-' || i, 'grown-' || i, 1, i FROM generate_series(1, 20000) AS i`,
    );
  });
  afterAll(async () => {
    await driver?.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await driver?.close();
  });

  it('appends several streams in one call of append_batch reading only its own heads and keys', async () => {
    const appends = fresh(4);
    const outcomes = await driver.transaction(async (tx) => {
      const before = await readsOfHeadsAndKeys(tx);
      const answered = await call(tx, 'append_batch', [...appends, { stream: 'grown-7', key: 'grown-9' }]);
      const after = await readsOfHeadsAndKeys(tx);
      expect(after.scans).toBe(before.scans);
      // A few rows per append, not the 20,000 heads or keys (a hash join over a whole index would read them all).
      expect(after.rows - before.rows).toBeLessThan(30);
      return answered;
    });
    // The four new streams are appended; the last append names a key already used, so it is replayed.
    expect(outcomes.map((row) => row.r_outcome)).toEqual([
      'appended',
      'appended',
      'appended',
      'appended',
      'replayed',
    ]);
  });

  it('appends one stream with append_each reading only its own heads and keys', async () => {
    const outcomes = await driver.transaction(async (tx) => {
      const before = await readsOfHeadsAndKeys(tx);
      const answered = [
        ...(await call(tx, 'append_each', fresh(1))),
        ...(await call(tx, 'append_each', [{ stream: 'grown-11', key: null }])),
      ];
      const after = await readsOfHeadsAndKeys(tx);
      expect(after.scans).toBe(before.scans);
      expect(after.rows - before.rows).toBeLessThan(30);
      return answered;
    });
    // A stale hint (-1 for a stream at revision 0) is answered with the head.
    expect(outcomes.map((row) => row.r_outcome)).toEqual(['appended', 'head']);
  });
});
