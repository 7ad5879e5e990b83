import { fixedClock, happyPath, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, quoteSchema, type SqlDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { recordCase } from '../testing/index.ts';

const url = databaseUrlOrWarn('the projector plan tests on PostgreSQL');
const clock = fixedClock('2026-03-02T09:00:00.000Z');

/**
 * A projector connection keeps the plans its first batches made. Made on the empty tables of a new database, they
 * must still reach the batch's cases by key once the tables hold thousands of rows (issue 17: scanning every open
 * stage interval and every case's statistics for each batch slowed the projector as the tables grew).
 */
describe.skipIf(!url)('projector on PostgreSQL: plans by key at any table size', () => {
  const esSchema = uniqueSchemaName('plans_es');
  const rmSchema = uniqueSchemaName('plans_rm');
  const rm = quoteSchema(rmSchema);
  let driver: SqlDriver;
  let store: SqlEventStore;
  let readModels: ReadModels;

  /**
   * How the stage intervals and the statistics facts were read so far: what the statistics hold plus what this
   * connection counted and has not yet reported, in one statement (nothing is reported during it). `rows`: rows
   * read by sequential scans and fetched through indexes.
   */
  const reads = async (): Promise<{ scans: number; rows: number }> => {
    const [row] = await driver.query<{ readonly scans: string; readonly rows: string }>(
      `SELECT sum(scans)::text AS scans, sum(rows)::text AS rows FROM (
         SELECT coalesce(sum(seq_scan), 0) AS scans, coalesce(sum(seq_tup_read + idx_tup_fetch), 0) AS rows
         FROM pg_stat_user_tables WHERE schemaname = $1 AND relname IN ('stage_intervals', 'statistics_cases')
         UNION ALL
         SELECT coalesce(sum(seq_scan), 0), coalesce(sum(seq_tup_read + idx_tup_fetch), 0)
         FROM pg_stat_xact_user_tables WHERE schemaname = $1 AND relname IN ('stage_intervals', 'statistics_cases')
       ) AS counted`,
      [rmSchema],
    );
    return { scans: Number(row?.scans), rows: Number(row?.rows) };
  };

  beforeAll(async () => {
    // One connection: the plans of the first batches are the ones the later batches use.
    driver = createPgDriver({ connectionString: url as string, max: 1 });
    store = await createSqlEventStore({ driver, schema: esSchema });
    readModels = createReadModels({
      driver,
      schema: rmSchema,
      store,
      clock: () => new Date(clock.now()),
      batchSize: 4,
    });
    await readModels.migrate();
    // No autovacuum: its analysis would make the connection plan again, and hide a plan made on empty tables.
    for (const table of ['stage_intervals', 'statistics_cases', 'relocations'])
      await driver.query(`ALTER TABLE ${rm}.${table} SET (autovacuum_enabled = false)`);
    // Batches of four events on nearly empty tables: more than enough executions for the cached plans.
    for (let i = 0; i < 3; i += 1) await recordCase(store, clock).run(happyPath());
    await readModels.projectUntilCaughtUp();
    // The tables grow, as in the first minutes of a new system, without new statistics.
    await driver.query(
      `INSERT INTO ${rm}.stage_intervals (relocation_id, entered_revision, status, entered_at, left_at)
       SELECT gen_random_uuid(), 0, 'draft', now(), NULL FROM generate_series(1, 20000)`,
    );
    await driver.query(
      `INSERT INTO ${rm}.statistics_cases (relocation_id, facts)
       SELECT gen_random_uuid(), '{}'::jsonb FROM generate_series(1, 20000)`,
    );
  });
  afterAll(async () => {
    await driver?.query(`DROP SCHEMA IF EXISTS ${rm} CASCADE`);
    await driver?.query(`DROP SCHEMA IF EXISTS ${quoteSchema(esSchema)} CASCADE`);
    await store?.close();
  });

  it('projects cases already stored reading only their own stage intervals and statistics facts', async () => {
    const cases = [recordCase(store, clock), recordCase(store, clock)];
    for (const recorded of cases) await recorded.run(historyTo.matching());
    await readModels.projectUntilCaughtUp();
    const before = await reads();
    // Their next events close the stage each case is in (stored by an earlier batch) and change its facts.
    for (const recorded of cases)
      await recorded.run([sampleCommands.proposeDeclining(), sampleCommands.decline()]);
    await readModels.projectUntilCaughtUp();
    const after = await reads();
    expect(after.scans).toBe(before.scans);
    // A few rows per case, not the 20,000 intervals or facts (a hash join over a whole index would read them all).
    expect(after.rows - before.rows).toBeLessThan(100);
    for (const recorded of cases)
      expect((await readModels.queries.getCase(recorded.relocationId))?.state).toEqual(recorded.state);
  });
});
