import { type MigrateResult, type Migration, runMigrations, type SqlDriver } from '@relocation/postgres';
import { migrations as allMigrations } from './migrations.ts';

/** First key of the two-key advisory lock that serialises the event store's migrations. */
const MIGRATION_LOCK_CLASS = 0x45_53_4d_47; // "ESMG"

/** Brings the event store's tables in `schema` up to the newest version (safe twice, and twice at once). */
export function migrate(
  driver: SqlDriver,
  schema: string,
  migrations: readonly Migration[] = allMigrations,
): Promise<MigrateResult> {
  return runMigrations(driver, schema, {
    lockClass: MIGRATION_LOCK_CLASS,
    versionTable: 'schema_migrations',
    migrations,
  });
}
