import { quoteSchema, type SqlQueryable } from '@relocation/postgres';
import type { CheckpointSubject, StoredHash } from './checkpointSubject.ts';

const PAGE = 1000;

/**
 * The checkpoint subject on PostgreSQL or PGlite. Heads are read from the events themselves (each stream's newest
 * revision), not from the streams table, which the runtime may update.
 */
export function createSqlCheckpointSubject(options: {
  readonly db: SqlQueryable;
  readonly eventStoreSchema: string;
  readonly accessLogSchema: string;
}): CheckpointSubject {
  const events = `${quoteSchema(options.eventStoreSchema)}.events`;
  const log = `${quoteSchema(options.accessLogSchema)}.access_log`;
  const { db } = options;
  return {
    async currentHeads() {
      const streams = await db.query<{ name: string; revision: number; hash: string }>(
        `SELECT DISTINCT ON (stream_name) stream_name AS name, revision, hash FROM ${events}
         ORDER BY stream_name, revision DESC`,
      );
      // Ordered by the column, a number: an ORDER BY names an output column first, and `seq::text AS seq` put
      // entry 9 after entry 12.
      const [last] = await db.query<{ seq: string; hash: string }>(
        `SELECT l.seq::text AS seq, l.hash FROM ${log} AS l ORDER BY l.seq DESC LIMIT 1`,
      );
      return {
        streams: streams.map(({ name, revision, hash }) => ({ name, revision, hash })),
        accessLog: last === undefined ? { seq: 0, hash: null } : { seq: Number(last.seq), hash: last.hash },
      };
    },
    async storedHashes(heads) {
      const found: StoredHash[] = [];
      for (let start = 0; start < heads.length; start += PAGE) {
        const page = heads.slice(start, start + PAGE);
        const rows = await db.query<{ name: string; revision: number; hash: string | null; exists: boolean }>(
          `SELECT u.name, u.revision, e.hash,
             EXISTS (SELECT 1 FROM ${events} x WHERE x.stream_name = u.name) AS exists
           FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS u(name, revision, n)
           LEFT JOIN ${events} e ON e.stream_name = u.name AND e.revision = u.revision
           ORDER BY u.n`,
          [page.map((head) => head.name), page.map((head) => head.revision)],
        );
        found.push(
          ...rows.map((row) => ({
            name: row.name,
            revision: row.revision,
            hash: row.hash,
            streamExists: row.exists,
          })),
        );
      }
      return found;
    },
    async accessLogHashAt(seq) {
      const [row] = await db.query<{ hash: string }>(`SELECT hash FROM ${log} WHERE seq = $1`, [seq]);
      return row?.hash;
    },
  };
}
