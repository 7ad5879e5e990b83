import { runMigrations } from '@relocation/event-store-postgres';
import type { Migration, SqlDriver } from '@relocation/event-store-postgres';

/** First key of the advisory lock that serialises this store's migrations; the second hashes the schema name. */
const KEY_STORE_LOCK_CLASS = 0x4b_53_4d_47; // "KSMG"

/** The table of wrapped data keys (see packages/crypto/README.md). */
const keyStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'case_data_keys',
    statements: (s) => [
      `CREATE TABLE ${s}.case_data_keys (
         case_id      text PRIMARY KEY,
         key_id       text,
         kek_id       text,
         iv           text,
         ct           text,
         tag          text,
         created_at   timestamptz NOT NULL DEFAULT now(),
         destroyed_at timestamptz,
         CHECK ((destroyed_at IS NULL) = (kek_id IS NOT NULL AND iv IS NOT NULL AND ct IS NOT NULL AND tag IS NOT NULL))
       )`,
      `CREATE INDEX case_data_keys_by_kek ON ${s}.case_data_keys (kek_id, case_id) WHERE destroyed_at IS NULL`,
    ],
  },
];

/**
 * Brings the key store's tables in `schema` up to date in one transaction under an advisory lock, so two
 * processes starting at once apply each migration once. Its version table is its own, so it can share a schema.
 */
export async function migrateKeyStore(driver: SqlDriver, schema: string): Promise<readonly number[]> {
  const result = await runMigrations(driver, schema, {
    lockClass: KEY_STORE_LOCK_CLASS,
    versionTable: 'key_store_migrations',
    migrations: keyStoreMigrations,
  });
  return result.applied;
}
