import type { SqlDriver } from '@relocation/postgres';
import { migrateAccessLog } from './migrateAccessLog.ts';
import { SqlAccessLog } from './SqlAccessLog.ts';

export const DEFAULT_ACCESS_LOG_SCHEMA = 'access_log';

export interface SqlAccessLogOptions {
  /** The caller's driver; the log never closes it. */
  readonly driver: SqlDriver;
  /** Default `access_log`. */
  readonly schema?: string;
  /** Apply pending migrations first (default true). */
  readonly migrate?: boolean;
}

/** An `AccessLog` on PostgreSQL or PGlite, migrated and ready. */
export async function createSqlAccessLog(options: SqlAccessLogOptions): Promise<SqlAccessLog> {
  const schema = options.schema ?? DEFAULT_ACCESS_LOG_SCHEMA;
  if (options.migrate ?? true) await migrateAccessLog(options.driver, schema);
  return new SqlAccessLog(options.driver, schema);
}
