import { quoteSchema, type SqlDriver } from '@relocation/postgres';
import { accessEntrySchema, defaultQueryLimit, maxQueryLimit } from './accessEntry.ts';
import type {
  AccessReader,
  AccessEntry,
  AccessLog,
  AccessLogFilters,
  AccessLogVerifyReport,
  AccessView,
  RecordedAccessEntry,
} from './accessEntry.ts';
import { hashAccessEntry } from './hashAccessEntry.ts';
import { chainStart, verifyChainPage, verifyHead } from './verifyChain.ts';

interface EntryRow {
  readonly seq: string;
  readonly at: Date | string;
  readonly user_id: string;
  readonly organisation_id: string;
  readonly role: string;
  readonly relocation_id: string;
  readonly view: AccessView;
  readonly request_id: string;
  readonly previous_hash: string | null;
  readonly hash: string;
}

const columns =
  'seq::text AS seq, at, user_id, organisation_id, role, relocation_id, view, request_id, previous_hash, hash';

const entryOf = (row: EntryRow): RecordedAccessEntry => ({
  seq: Number(row.seq),
  at: new Date(row.at),
  userId: row.user_id,
  organisationId: row.organisation_id,
  role: row.role,
  relocationId: row.relocation_id,
  view: row.view,
  requestId: row.request_id,
  previousHash: row.previous_hash,
  hash: row.hash,
});

const verifyPageSize = 1000;

/** At most this many callers' entries in one gathered append. */
const maxGathered = 200;

interface WaitingAppend {
  readonly entries: readonly AccessEntry[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** The access log in a PostgreSQL (or PGlite) schema; call `migrateAccessLog` first. */
export class SqlAccessLog implements AccessLog {
  readonly #driver: SqlDriver;
  readonly #log: string;
  readonly #head: string;
  readonly #waiting: WaitingAppend[] = [];
  #writing = false;

  constructor(driver: SqlDriver, schema: string) {
    this.#driver = driver;
    this.#log = `${quoteSchema(schema)}.access_log`;
    this.#head = `${quoteSchema(schema)}.access_log_head`;
  }

  /**
   * Appends the entries and resolves once they are committed. Entries recorded while another append of this log
   * object is on its way are gathered and appended together in the next transaction: every append locks the head
   * row through its commit, so one after the other they would queue at the head one flush each. A malformed entry
   * is refused before it joins; should a gathered transaction fail, each caller's entries are appended alone, so
   * only the caller at fault fails.
   */
  async record(entries: AccessEntry | readonly AccessEntry[]): Promise<void> {
    const list = (Array.isArray(entries) ? entries : [entries]) as readonly AccessEntry[];
    if (list.length === 0) return;
    const valid = list.map((entry) => accessEntrySchema.parse(entry));
    await new Promise<void>((resolve, reject) => {
      this.#waiting.push({ entries: valid, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#writing || this.#waiting.length === 0) return;
    const batch = this.#waiting.splice(0, maxGathered);
    this.#writing = true;
    void this.#appendGathered(batch).finally(() => {
      this.#writing = false;
      this.#pump();
    });
  }

  async #appendGathered(batch: readonly WaitingAppend[]): Promise<void> {
    try {
      await this.#append(batch.flatMap((waiting) => waiting.entries));
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      const [only] = batch;
      if (batch.length === 1 && only !== undefined) {
        only.reject(error);
        return;
      }
      for (const waiting of batch) await this.#append(waiting.entries).then(waiting.resolve, waiting.reject);
    }
  }

  /** One transaction: the head row locked, the entries chained to it and inserted in one statement, the head moved. */
  async #append(entries: readonly AccessEntry[]): Promise<void> {
    await this.#driver.transaction(async (tx) => {
      // Locking the head row serialises appends across connections and processes: each one chains to the last.
      const [head] = await tx.query<{ seq: string; hash: string | null }>(
        `SELECT seq::text AS seq, hash FROM ${this.#head} WHERE id FOR UPDATE`,
        [],
        { prepare: true },
      );
      if (head === undefined) throw new Error('the access log has no head row: was it migrated?');
      let seq = Number(head.seq);
      let previousHash = head.hash;
      const rows = entries.map((entry) => {
        seq += 1;
        const hash = hashAccessEntry(entry, seq, previousHash);
        const row = { seq, entry, previousHash, hash };
        previousHash = hash;
        return row;
      });
      await tx.query(
        `INSERT INTO ${this.#log}
           (seq, at, user_id, organisation_id, role, relocation_id, view, request_id, previous_hash, hash)
         SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
           $7::text[], $8::text[], $9::text[], $10::text[])`,
        [
          rows.map((row) => row.seq),
          rows.map((row) => row.entry.at.toISOString()),
          rows.map((row) => row.entry.userId),
          rows.map((row) => row.entry.organisationId),
          rows.map((row) => row.entry.role),
          rows.map((row) => row.entry.relocationId),
          rows.map((row) => row.entry.view),
          rows.map((row) => row.entry.requestId),
          rows.map((row) => row.previousHash),
          rows.map((row) => row.hash),
        ],
        { prepare: true },
      );
      await tx.query(`UPDATE ${this.#head} SET seq = $1, hash = $2 WHERE id`, [seq, previousHash], {
        prepare: true,
      });
    });
  }

  async query(filters: AccessLogFilters = {}): Promise<RecordedAccessEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filters.userId !== undefined) add((p) => `user_id = ${p}`, filters.userId);
    if (filters.organisationId !== undefined) add((p) => `organisation_id = ${p}`, filters.organisationId);
    if (filters.relocationId !== undefined) add((p) => `relocation_id = ${p}`, filters.relocationId);
    if (filters.from !== undefined) add((p) => `at >= ${p}`, filters.from.toISOString());
    if (filters.to !== undefined) add((p) => `at < ${p}`, filters.to.toISOString());
    if (filters.afterSeq !== undefined) add((p) => `seq > ${p}`, filters.afterSeq);
    const limit = Math.min(Math.max(1, filters.limit ?? defaultQueryLimit), maxQueryLimit);
    params.push(limit);
    const rows = await this.#driver.query<EntryRow>(
      `SELECT ${columns} FROM ${this.#log}
       ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
       ORDER BY access_log.seq LIMIT $${params.length}`,
      params,
    );
    return rows.map(entryOf);
  }

  async distinctCasesSince(reader: AccessReader, since: Date): Promise<number> {
    const [row] = await this.#driver.query<{ n: string }>(
      `SELECT count(DISTINCT relocation_id)::text AS n FROM ${this.#log}
       WHERE user_id = $1 AND organisation_id = $2 AND at >= $3`,
      [reader.userId, reader.organisationId, since.toISOString()],
      { prepare: true },
    );
    return Number(row?.n ?? 0);
  }

  async verify(): Promise<AccessLogVerifyReport> {
    // Read the head and the whole chain in one snapshot, so appends running meanwhile are not half seen.
    return this.#driver.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const [head] = await tx.query<{ seq: string; hash: string | null }>(
        `SELECT seq::text AS seq, hash FROM ${this.#head} WHERE id`,
      );
      let cursor = chainStart;
      let entriesChecked = 0;
      const problems = [];
      for (;;) {
        const rows = await tx.query<EntryRow>(
          `SELECT ${columns} FROM ${this.#log} WHERE seq > $1 ORDER BY access_log.seq LIMIT $2`,
          [cursor.seq, verifyPageSize],
        );
        const page = verifyChainPage(rows.map(entryOf), cursor);
        problems.push(...page.problems);
        cursor = page.cursor;
        entriesChecked += rows.length;
        if (rows.length < verifyPageSize) break;
      }
      problems.push(...verifyHead(cursor, { seq: Number(head?.seq ?? 0), hash: head?.hash ?? null }));
      return { ok: problems.length === 0, entriesChecked, problems };
    });
  }
}
