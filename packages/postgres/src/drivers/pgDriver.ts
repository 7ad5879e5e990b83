import { createHash } from 'node:crypto';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { QueryOptions, SqlDriver, SqlQueryable } from './SqlDriver.ts';

export type PgDriverOptions =
  { readonly connectionString: string; readonly max?: number } | { readonly pool: pg.Pool };

/** Prepared statements' names by their text: the same text has the same name on every connection. */
const statementNames = new Map<string, string>();

/**
 * A query for `pg`: a statement to keep prepared gets a name from a hash of its text (pg prepares a name once per
 * connection and sends only the name and parameters after that).
 */
function queryConfig(
  text: string,
  params: readonly unknown[] | undefined,
  options: QueryOptions | undefined,
) {
  const values = params as unknown[] | undefined;
  if (options?.prepare !== true) return { text, values };
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `relocation_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** A driver over a `pg` pool: queries use any free connection, a transaction holds one until it ends. */
export function createPgDriver(options: PgDriverOptions): SqlDriver {
  const ownsPool = !('pool' in options);
  let closed = false;
  const pool =
    'pool' in options
      ? options.pool
      : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // An idle connection that breaks (a server restart) is dropped by the pool and replaced on the next query; without
  // a listener its 'error' event would end the process.
  if (ownsPool) pool.on('error', () => undefined);

  const query = async <R>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<R[]> => {
    const result = await pool.query(queryConfig(text, params, options));
    return result.rows as R[];
  };

  return {
    kind: 'pg',
    query,
    async transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx: SqlQueryable = {
        async query<R>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<R[]> {
          const result = await client.query(queryConfig(text, params, options));
          return result.rows as R[];
        },
        async copyFrom(target: string, rows: string | readonly Uint8Array<ArrayBuffer>[]): Promise<void> {
          const stream = client.query(copyFromStdin(`COPY ${target} FROM STDIN`));
          if (typeof rows === 'string') stream.end(rows);
          else {
            for (const part of rows) stream.write(part);
            stream.end();
          }
          await finished(stream);
        },
      };
      let broken = false;
      try {
        await client.query('BEGIN');
        const value = await fn(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async listen(channel, onNotify, onLost) {
      if (!CHANNEL.test(channel)) throw new Error(`Not a plain channel name: ${JSON.stringify(channel)}`);
      const client = await pool.connect();
      let broken = false;
      const notified = (message: pg.Notification): void => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      };
      const failed = (error: unknown): void => {
        if (broken) return;
        broken = true;
        onLost(error);
      };
      client.on('notification', notified);
      client.on('error', failed);
      try {
        await client.query(`LISTEN ${channel}`);
      } catch (error) {
        client.off('notification', notified);
        client.release(true);
        throw error;
      }
      let stopped = false;
      return async () => {
        if (stopped) return;
        stopped = true;
        client.off('notification', notified);
        if (!broken) await client.query(`UNLISTEN ${channel}`).catch(() => (broken = true));
        client.off('error', failed);
        client.release(broken);
      };
    },
    async close(): Promise<void> {
      if (!ownsPool || closed) return;
      closed = true;
      await pool.end();
    },
  };
}
