import type { PGlite } from '@electric-sql/pglite';
import { createPgliteDriver } from '@relocation/postgres';
import { createSqlEventStore, type AppendSettings, type SqlEventStore } from './createSqlEventStore.ts';

export type PgliteEventStoreOptions = (
  | {
      /** A directory for the database files, or `memory://` for one that lives only in this process. */
      readonly dataDir: string;
    }
  | { readonly db: PGlite }
) & {
  /** Default `event_store`. */
  readonly schema?: string;
  /** Apply pending migrations before returning (default true). */
  readonly migrate?: boolean;
} & AppendSettings;

/**
 * The event store embedded in this process (PGlite: PostgreSQL in WebAssembly), the zero-setup default. An
 * instance passed in as `db` is left open by `close()`, so several stores (schemas) can share one.
 */
export function createPgliteEventStore(options: PgliteEventStoreOptions): Promise<SqlEventStore> {
  const driver = createPgliteDriver('db' in options ? { db: options.db } : { dataDir: options.dataDir });
  return createSqlEventStore({
    driver,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    ...(options.migrate === undefined ? {} : { migrate: options.migrate }),
    ...(options.appendPath === undefined ? {} : { appendPath: options.appendPath }),
    ...(options.groupCommit === undefined ? {} : { groupCommit: options.groupCommit }),
  });
}
