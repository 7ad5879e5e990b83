export { createSqlDataKeyStore, DEFAULT_KEY_STORE_SCHEMA } from './createSqlDataKeyStore.ts';
export type { SqlDataKeyStoreOptions } from './createSqlDataKeyStore.ts';
export { keyStoreMigrations, keyStoreRuntimeGrants, migrateKeyStore } from './migrateKeyStore.ts';
export { SqlDataKeyStore } from './SqlDataKeyStore.ts';
