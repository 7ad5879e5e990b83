import type pg from 'pg';
import { createPgDriver } from '@relocation/postgres';
import { createSqlEventStore, type AppendSettings, type SqlEventStore } from './createSqlEventStore.ts';

export type PostgresEventStoreOptions = (
  { readonly connectionString: string; readonly maxConnections?: number } | { readonly pool: pg.Pool }
) & {
  /** Default `event_store`. */
  readonly schema?: string;
  /** Apply pending migrations before returning (default true). */
  readonly migrate?: boolean;
} & AppendSettings;

/** The event store on a PostgreSQL server through a `pg` pool; a pool passed in is left open by `close()`. */
export function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<SqlEventStore> {
  const driver = createPgDriver(
    'pool' in options
      ? { pool: options.pool }
      : {
          connectionString: options.connectionString,
          ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
        },
  );
  return createSqlEventStore({
    driver,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    ...(options.migrate === undefined ? {} : { migrate: options.migrate }),
    ...(options.appendPath === undefined ? {} : { appendPath: options.appendPath }),
    ...(options.groupCommit === undefined ? {} : { groupCommit: options.groupCommit }),
  });
}
