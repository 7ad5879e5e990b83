import { accessEntrySchema, defaultQueryLimit, maxQueryLimit } from './accessEntry.ts';
import type {
  AccessReader,
  AccessEntry,
  AccessLog,
  AccessLogFilters,
  AccessLogVerifyReport,
  RecordedAccessEntry,
} from './accessEntry.ts';
import { hashAccessEntry } from './hashAccessEntry.ts';
import { chainStart, verifyChainPage, verifyHead } from './verifyChain.ts';

/** The access log in process memory, for unit tests and the in-memory composition: same chain, same checks. */
export class InMemoryAccessLog implements AccessLog {
  readonly #entries: RecordedAccessEntry[] = [];

  async record(entries: AccessEntry | readonly AccessEntry[]): Promise<void> {
    const list = (Array.isArray(entries) ? entries : [entries]) as readonly AccessEntry[];
    const valid = list.map((entry) => accessEntrySchema.parse(entry));
    for (const entry of valid) {
      const last = this.#entries.at(-1);
      const seq = (last?.seq ?? 0) + 1;
      const previousHash = last?.hash ?? null;
      this.#entries.push({ ...entry, seq, previousHash, hash: hashAccessEntry(entry, seq, previousHash) });
    }
  }

  async query(filters: AccessLogFilters = {}): Promise<RecordedAccessEntry[]> {
    const limit = Math.min(Math.max(1, filters.limit ?? defaultQueryLimit), maxQueryLimit);
    return this.#entries
      .filter(
        (e) =>
          (filters.userId === undefined || e.userId === filters.userId) &&
          (filters.organisationId === undefined || e.organisationId === filters.organisationId) &&
          (filters.relocationId === undefined || e.relocationId === filters.relocationId) &&
          (filters.from === undefined || e.at >= filters.from) &&
          (filters.to === undefined || e.at < filters.to) &&
          (filters.afterSeq === undefined || e.seq > filters.afterSeq),
      )
      .slice(0, limit)
      .map((e) => ({ ...e, at: new Date(e.at) }));
  }

  async distinctCasesSince(reader: AccessReader, since: Date): Promise<number> {
    const cases = this.#entries
      .filter(
        (e) => e.userId === reader.userId && e.organisationId === reader.organisationId && e.at >= since,
      )
      .map((e) => e.relocationId);
    return new Set(cases).size;
  }

  async verify(): Promise<AccessLogVerifyReport> {
    const { problems, cursor } = verifyChainPage(this.#entries, chainStart);
    const last = this.#entries.at(-1);
    problems.push(...verifyHead(cursor, { seq: last?.seq ?? 0, hash: last?.hash ?? null }));
    return { ok: problems.length === 0, entriesChecked: this.#entries.length, problems };
  }
}
