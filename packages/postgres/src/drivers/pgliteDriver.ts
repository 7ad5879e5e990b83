import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from './pgliteImage.ts';
import { Mutex } from './Mutex.ts';
import type { SqlDriver, SqlQueryable } from './SqlDriver.ts';

interface PgliteQueryable {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** `dataDir`: a directory, or `memory://` for a database that lives only in this process. */
export type PgliteDriverOptions =
  | {
      readonly dataDir: string;
      /** A prepared image a new `dataDir` starts from (see preparedImage.ts); ignored when it is not made. */
      readonly prepared?: string | null;
    }
  | { readonly db: PGlite };

/**
 * A driver over one embedded PGlite instance. PGlite has a single connection, so every query and transaction goes
 * through one in-process queue: a transaction never sees another caller's statements interleaved with its own.
 * Transactions therefore commit in the order they started, which is also why the global feed cannot meet an event
 * committed out of order here.
 */
export function createPgliteDriver(options: PgliteDriverOptions): SqlDriver {
  const ownsDb = !('db' in options);
  const db = 'db' in options ? options.db : newPglite(options.dataDir, options.prepared);
  const queue = new Mutex();

  const run = async <R>(on: PgliteQueryable, text: string, params?: readonly unknown[]) => {
    const result = await on.query<R>(text, params as unknown[] | undefined);
    return result.rows;
  };

  return {
    kind: 'pglite',
    query: (text, params) => queue.run(() => run(db, text, params)),
    transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      return queue.run(() =>
        db.transaction(async (pgTx) => {
          const tx: SqlQueryable = {
            query: (text, params) => run(pgTx, text, params),
            // PGlite reads a COPY's input from a blob it is handed under this name.
            async copyFrom(target, rows) {
              const parts = typeof rows === 'string' ? [rows] : [...rows];
              await pgTx.query(`COPY ${target} FROM '/dev/blob'`, [], { blob: new Blob(parts) });
            },
          };
          return fn(tx);
        }),
      );
    },
    async listen(channel, onNotify) {
      const unsubscribe = await queue.run(() => db.listen(channel, onNotify));
      return () => queue.run(() => unsubscribe());
    },
    async close(): Promise<void> {
      if (ownsDb && !db.closed) await queue.run(() => db.close());
    },
  };
}
