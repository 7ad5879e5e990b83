import type { SqlDriver } from '@relocation/postgres';
import { migrateKeyStore } from './migrateKeyStore.ts';
import { SqlDataKeyStore } from './SqlDataKeyStore.ts';

export const DEFAULT_KEY_STORE_SCHEMA = 'key_store';

export interface SqlDataKeyStoreOptions {
  /** The caller's driver; the key store never closes it. */
  readonly driver: SqlDriver;
  /** Default `key_store`. */
  readonly schema?: string;
  /** Apply pending migrations first (default true). */
  readonly migrate?: boolean;
}

/** A `DataKeyStore` on PostgreSQL or PGlite, migrated and ready. */
export async function createSqlDataKeyStore(options: SqlDataKeyStoreOptions): Promise<SqlDataKeyStore> {
  const schema = options.schema ?? DEFAULT_KEY_STORE_SCHEMA;
  if (options.migrate ?? true) await migrateKeyStore(options.driver, schema);
  return new SqlDataKeyStore(options.driver, schema);
}
