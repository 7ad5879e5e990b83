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
export { migrate } from './migrations/migrate.ts';
export { migrations } from './migrations/migrations.ts';
export { PostgresCheckpointStore } from './PostgresCheckpointStore.ts';
export { decodeFeedCheckpoint, encodeFeedCheckpoint, type FeedCheckpoint } from './feedCheckpoint.ts';
export { DEFAULT_SCHEMA } from './schemaName.ts';
export { eventStoreRuntimeGrants } from './runtimeGrants.ts';
