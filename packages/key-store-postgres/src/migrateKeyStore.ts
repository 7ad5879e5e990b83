import { type Migration, runMigrations, type RuntimeGrants, type SqlDriver } from '@relocation/postgres';

/** First key of the advisory lock that serialises this store's migrations; the second hashes the schema name. */
const KEY_STORE_LOCK_CLASS = 0x4b_53_4d_47; // "KSMG"

/** The tables of the case data keys (see packages/crypto/README.md and this package's README). */
export const keyStoreMigrations: readonly Migration[] = [
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
  {
    // Erasure used to overwrite the key row, so the old row version (and the table file) still held the wrapped
    // key. Now the key material has a table of its own whose rows are deleted on erasure and vacuumed away; the
    // case table keeps only the key id and when it was destroyed. Dropping the old table removes its file, with
    // every old row version in it.
    version: 2,
    name: 'wrapped keys apart from the erasure records',
    statements: (s) => [
      `CREATE TABLE ${s}.case_keys (
         case_id      text PRIMARY KEY,
         key_id       text,
         created_at   timestamptz NOT NULL DEFAULT now(),
         destroyed_at timestamptz
       )`,
      `CREATE TABLE ${s}.wrapped_keys (
         case_id text PRIMARY KEY,
         kek_id  text NOT NULL,
         iv      text NOT NULL,
         ct      text NOT NULL,
         tag     text NOT NULL
       )`,
      `CREATE INDEX wrapped_keys_by_kek ON ${s}.wrapped_keys (kek_id, case_id)`,
      `INSERT INTO ${s}.case_keys (case_id, key_id, created_at, destroyed_at)
         SELECT case_id, key_id, created_at, destroyed_at FROM ${s}.case_data_keys`,
      `INSERT INTO ${s}.wrapped_keys (case_id, kek_id, iv, ct, tag)
         SELECT case_id, kek_id, iv, ct, tag FROM ${s}.case_data_keys WHERE destroyed_at IS NULL`,
      `DROP TABLE ${s}.case_data_keys`,
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

/**
 * The key store's runtime rights. Erasure records are inserted and stamped (UPDATE of `destroyed_at`), never
 * deleted. Key material is inserted, re-wrapped (UPDATE) and, on erasure, deleted and vacuumed: `VACUUM FULL`
 * needs the MAINTAIN privilege (PostgreSQL 17 and later) or, before 17, ownership of that one table, which the
 * runtime then gets (the owner role must be a member of the runtime role to hand it over, and the runtime needs
 * CREATE on the schema to own a table in it). Owning `wrapped_keys` lets the runtime alter or drop the live keys,
 * no more than the DELETE it needs anyway; it owns nothing of the event store or the access log.
 */
export const keyStoreRuntimeGrants: RuntimeGrants = (s, role) => [
  `GRANT USAGE ON SCHEMA ${s} TO ${role}`,
  `GRANT SELECT ON ${s}.key_store_migrations TO ${role}`,
  `GRANT SELECT, INSERT, UPDATE ON ${s}.case_keys TO ${role}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ${s}.wrapped_keys TO ${role}`,
  `DO $grant$ BEGIN
     IF current_setting('server_version_num')::int >= 170000 THEN
       EXECUTE 'GRANT MAINTAIN ON ${s}.wrapped_keys TO ${role}';
     ELSE
       EXECUTE 'GRANT CREATE ON SCHEMA ${s} TO ${role}';
       EXECUTE 'ALTER TABLE ${s}.wrapped_keys OWNER TO ${role}';
     END IF;
   END $grant$`,
];
