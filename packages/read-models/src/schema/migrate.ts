import { createHash } from 'node:crypto';
import { quoteSchema, type QuotedSchema, type SqlDriver, type SqlQueryable } from '@relocation/postgres';
import { readModelStatements } from './migrations.ts';

/**
 * What the statements of this version make, as a hash of their text (written for a fixed schema name, so that a
 * rebuilt schema renamed into place has the same one). A schema records it when migrated; a start that finds it
 * there runs no statement at all.
 */
export const readModelsFingerprint = createHash('sha256')
  .update(readModelStatements(quoteSchema('read_models')).join('\n;\n'))
  .digest('hex');

/** The statements, then the fingerprint they leave (one row), all in the caller's transaction. */
async function applyStatements(tx: SqlQueryable, s: QuotedSchema): Promise<void> {
  for (const statement of readModelStatements(s)) await tx.query(statement);
  await tx.query(`CREATE TABLE IF NOT EXISTS ${s}.read_model_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), fingerprint text NOT NULL)`);
  await tx.query(
    `INSERT INTO ${s}.read_model_version (fingerprint) VALUES ($1)
     ON CONFLICT (only_row) DO UPDATE SET fingerprint = EXCLUDED.fingerprint`,
    [readModelsFingerprint],
  );
}

/** Whether `schema` was last migrated by these very statements. */
async function upToDate(db: SqlQueryable, schema: string): Promise<boolean> {
  const [table] = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
    `${quoteSchema(schema)}.read_model_version`,
  ]);
  if (table?.present !== true) return false;
  const [row] = await db.query<{ fingerprint: string }>(
    `SELECT fingerprint FROM ${quoteSchema(schema)}.read_model_version`,
  );
  return row?.fingerprint === readModelsFingerprint;
}

/** First key of the two-key advisory lock that serialises schema changes; the second is a hash of the schema. */
export const READ_MODEL_LOCK_CLASS = 0x52_4d_44_4c; // "RMDL"

/** Takes the read models' transaction-scoped lock: migrations, rebuilds and projector batches never interleave. */
export async function lockReadModels(tx: SqlQueryable, schema: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [READ_MODEL_LOCK_CLASS, schema]);
}

/** The same lock, shared: holders of it run together, and keep out every holder of the exclusive one. */
async function lockReadModelsShared(tx: SqlQueryable, schema: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [READ_MODEL_LOCK_CLASS, schema]);
}

/**
 * Creates the schema and its tables if missing; safe to run twice, or twice at once. Every statement is idempotent
 * and all of them run when the schema's fingerprint is not this version's; when it is (every start after the
 * first), nothing runs but the lock, `CREATE SCHEMA IF NOT EXISTS` and the two reads that tell.
 */
export async function migrateReadModels(driver: SqlDriver, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    // Under the lock from the first statement on: two processes starting on a new database that read the
    // fingerprint before taking it collided creating the schema (PostgreSQL, a duplicate pg_namespace key).
    await lockReadModels(tx, schema);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    if (await upToDate(tx, schema)) return;
    await applyStatements(tx, s);
  });
}

/** Drops every read-model table and creates them empty again, in one transaction. */
export async function recreateReadModels(driver: SqlDriver, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    await lockReadModels(tx, schema);
    await tx.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await tx.query(`CREATE SCHEMA ${s}`);
    await applyStatements(tx, s);
  });
}

/**
 * Replaces `schema` by `shadow` in one transaction, under the read models' lock: readers see the old tables until
 * the commit and the rebuilt ones after it, never an empty schema.
 */
export async function swapReadModels(driver: SqlDriver, schema: string, shadow: string): Promise<void> {
  const s = quoteSchema(schema);
  const from = quoteSchema(shadow);
  await driver.transaction(async (tx) => {
    await lockReadModels(tx, schema);
    await tx.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await tx.query(`ALTER SCHEMA ${from} RENAME TO ${s}`);
  });
}

/** What `prepareBulkLoad` changed, table by table, for `finishBulkLoad` to put back. */
export interface BulkLoad {
  readonly tables: readonly BulkLoadTable[];
}

interface BulkLoadTable {
  readonly name: string;
  /** The secondary indexes dropped, as their definitions. */
  readonly indexes: readonly string[];
}

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Readies the fresh tables of `schema` for a rebuild to fill: drops their secondary indexes (every index but
 * primary keys and unique ones, which the writes rely on). `finishBulkLoad` builds them once at the end, which is
 * far cheaper than keeping them up to date row by row. The tables stay logged: making them unlogged for the load
 * and logged at the end rewrites each whole, alone after the load.
 */
export async function prepareBulkLoad(driver: SqlDriver, schema: string): Promise<BulkLoad> {
  const s = quoteSchema(schema);
  const indexes = await driver.query<{ name: string; table: string; definition: string }>(
    `SELECT c.relname AS name, t.relname AS table, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND NOT i.indisprimary AND NOT i.indisunique
     ORDER BY c.relname`,
    [schema],
  );
  const names = await driver.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY tablename`,
    [schema],
  );
  await driver.transaction(async (tx) => {
    await lockReadModels(tx, schema);
    for (const { name } of indexes) await tx.query(`DROP INDEX ${s}.${quoteName(name)}`);
  });
  return {
    tables: names.map(({ name }) => ({
      name,
      indexes: indexes.filter((index) => index.table === name).map(({ definition }) => definition),
    })),
  };
}

/**
 * Builds the indexes `prepareBulkLoad` dropped and gathers the tables' statistics for the planner, each table in
 * transactions of its own, all tables at once: on a server each goes to a connection of its own, so the cases
 * (the largest table, with the most indexes) are indexed and vacuumed while the other tables are. The index builds
 * share the read models' lock, which keeps a rebuild or migration of the same schema out meanwhile. Nobody reads
 * the schema before it is swapped in, and a failure here leaves it to be made again from zero.
 */
export async function finishBulkLoad(driver: SqlDriver, schema: string, load: BulkLoad): Promise<void> {
  const s = quoteSchema(schema);
  const finish = async (table: BulkLoadTable): Promise<void> => {
    const name = `${s}.${quoteName(table.name)}`;
    if (table.indexes.length > 0)
      await driver.transaction(async (tx) => {
        await lockReadModelsShared(tx, schema);
        for (const definition of table.indexes) await tx.query(definition);
      });
    // On a server, the tables are vacuumed too: their pages marked all-visible, the overview's index-only scans
    // need not visit the rows.
    await driver.query(`${driver.kind === 'pg' ? 'VACUUM (ANALYZE)' : 'ANALYZE'} ${name}`);
  };
  // The largest first, so that it is not left to run alone at the end.
  const ordered = [...load.tables].sort(
    (a, b) => Number(b.name === 'relocations') - Number(a.name === 'relocations'),
  );
  const results = await Promise.allSettled(ordered.map(finish));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}
