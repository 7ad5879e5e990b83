export { createPostgresEventStore, type PostgresEventStoreOptions } from './createPostgresEventStore.ts';
export { createPgliteEventStore, type PgliteEventStoreOptions } from './createPgliteEventStore.ts';
export {
  createSqlEventStore,
  type AppendPath,
  type AppendSettings,
  type SqlEventStore,
  type SqlEventStoreOptions,
} from './createSqlEventStore.ts';
export type { GroupCommitOptions } from './groupCommit.ts';
export type { SqlDriver, SqlQueryable, SqlRow } from './drivers/SqlDriver.ts';
export { createPgDriver, type PgDriverOptions } from './drivers/pgDriver.ts';
export { createPgliteDriver, type PgliteDriverOptions } from './drivers/pgliteDriver.ts';
export { openLockedPgliteDriver, type LockedPgliteOptions } from './drivers/lockedPgliteDriver.ts';
export { lockPgliteDir } from './drivers/pgliteLock.ts';
export { migrate } from './migrations/migrate.ts';
export { migrations } from './migrations/migrations.ts';
export {
  runMigrations,
  type MigrateResult,
  type Migration,
  type MigrationSet,
} from './migrations/runMigrations.ts';
export { PostgresCheckpointStore } from './PostgresCheckpointStore.ts';
export { decodeFeedCheckpoint, encodeFeedCheckpoint, type FeedCheckpoint } from './feedCheckpoint.ts';
export { DEFAULT_SCHEMA, quoteSchema } from './schemaName.ts';
export { eventStoreRuntimeGrants, grantRuntime, quoteRole, type RuntimeGrants } from './runtimeGrants.ts';
