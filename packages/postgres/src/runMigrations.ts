import type { SqlDriver } from './drivers/SqlDriver.ts';
import { quoteSchema, type QuotedSchema } from './quoteSchema.ts';

/** One published schema change. Never edit a published version: add the next one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** One statement per entry (PGlite's extended protocol runs one statement per query); `s` is the quoted schema. */
  readonly statements: (s: QuotedSchema) => readonly string[];
}

export interface MigrationSet {
  /** First key of the two-key advisory lock that serialises these migrations; the second hashes the schema name. */
  readonly lockClass: number;
  /** The table, in the schema, that records which versions are applied; its own per set, so sets share a schema. */
  readonly versionTable: string;
  readonly migrations: readonly Migration[];
}

export interface MigrateResult {
  readonly applied: readonly number[];
  readonly currentVersion: number;
}

/**
 * Brings one set of migrations in `schema` up to date in one transaction. The advisory transaction lock makes a
 * second process (or a second store in this one) wait, then find the versions already applied: running it twice,
 * or twice at once, is safe.
 */
export async function runMigrations(
  driver: SqlDriver,
  schema: string,
  set: MigrationSet,
): Promise<MigrateResult> {
  if (!/^[a-z_][a-z0-9_]*$/.test(set.versionTable)) {
    throw new Error(`Invalid migration version table name: ${JSON.stringify(set.versionTable)}`);
  }
  const s = quoteSchema(schema);
  const table = `${s}.${set.versionTable}`;
  const applied = await appliedVersions(driver, table);
  const newest = Math.max(0, ...set.migrations.map((migration) => migration.version));
  if (applied !== undefined && set.migrations.every((migration) => applied.has(migration.version))) {
    // Nothing to do, and nothing to ask for: the runtime role, which may not create or alter anything, gets here.
    return { applied: [], currentVersion: Math.max(newest, ...applied) };
  }
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [set.lockClass, schema]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${table} (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ version: number }>(`SELECT version FROM ${table}`);
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...set.migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${table} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    const versions = [...done, ...applied];
    return { applied, currentVersion: versions.length === 0 ? 0 : Math.max(...versions) };
  });
}

/** The versions recorded in `table`, or undefined when it does not exist yet. Reads only. */
async function appliedVersions(driver: SqlDriver, table: string): Promise<Set<number> | undefined> {
  const [found] = await driver.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
    table,
  ]);
  if (found?.present !== true) return undefined;
  const rows = await driver.query<{ version: number }>(`SELECT version FROM ${table}`);
  return new Set(rows.map((row) => row.version));
}
