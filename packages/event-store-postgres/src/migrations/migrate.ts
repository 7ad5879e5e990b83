import type { SqlDriver } from '../drivers/SqlDriver.ts';
import { quoteSchema } from '../schemaName.ts';
import { migrations as allMigrations, type Migration } from './migrations.ts';

/** First key of the two-key advisory lock that serialises migrations; the second is a hash of the schema name. */
const MIGRATION_LOCK_CLASS = 0x45_53_4d_47; // "ESMG"

export interface MigrateResult {
  readonly applied: readonly number[];
  readonly currentVersion: number;
}

/**
 * Brings `schema` up to the newest version in one transaction. An advisory transaction lock makes a second process
 * (or a second store in this one) wait, then find the versions already applied: running it twice, or twice at once,
 * is safe.
 */
export async function migrate(
  driver: SqlDriver,
  schema: string,
  migrations: readonly Migration[] = allMigrations,
): Promise<MigrateResult> {
  const s = quoteSchema(schema);
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ version: number }>(`SELECT version FROM ${s}.schema_migrations`);
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    const versions = [...done, ...applied];
    return { applied, currentVersion: versions.length === 0 ? 0 : Math.max(...versions) };
  });
}
