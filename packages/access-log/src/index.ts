// @relocation/access-log: who read which case, which view and when, in an append-only, hash-chained log.
export {
  accessEntrySchema,
  accessViews,
  defaultQueryLimit,
  maxQueryLimit,
  type AccessEntry,
  type AccessLog,
  type AccessLogFilters,
  type AccessLogProblem,
  type AccessLogProblemKind,
  type AccessLogVerifyReport,
  type AccessReader,
  type AccessView,
  type RecordedAccessEntry,
} from './accessEntry.ts';
export { hashAccessEntry } from './hashAccessEntry.ts';
export { accessLogMigrations, accessLogRuntimeGrants, migrateAccessLog } from './migrateAccessLog.ts';
export { SqlAccessLog } from './SqlAccessLog.ts';
export {
  createSqlAccessLog,
  DEFAULT_ACCESS_LOG_SCHEMA,
  type SqlAccessLogOptions,
} from './createSqlAccessLog.ts';
export { InMemoryAccessLog } from './InMemoryAccessLog.ts';
