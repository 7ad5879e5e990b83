import type { SqlQueryable } from '@relocation/event-store-postgres';
import type { Status, Urgency } from '@relocation/domain';
import type { CaseRecord } from '../projector/caseRecord.ts';
import { CASE_COLUMNS, toCaseRecord, type CaseRow } from '../projector/caseRows.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

export interface ListCasesQuery {
  /** Only cases this organisation may see (`visible_to`). */
  readonly organisationId: string;
  readonly status?: Status;
  readonly urgency?: Urgency;
  /** True: a deadline is past due and still open at `now`; false: none is. */
  readonly stalled?: boolean;
  /**
   * With `stalled: true`: only cases where a deadline owned by this organisation is past due and still open, i.e.
   * the overdue work of the caller itself (municipalities and police); without it, any stalled case.
   */
  readonly stalledFor?: string;
  readonly now: Date;
  /** 1 to 100. */
  readonly limit: number;
  /** From the previous page's `nextCursor`. */
  readonly cursor?: string;
}

export interface CasePage {
  readonly cases: readonly CaseRecord[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/**
 * Newest case first, paged by keyset on the position of each case's first event (unique and never changing, so a
 * page boundary stays put while cases change underneath).
 */
export async function listCases(db: SqlQueryable, s: string, query: ListCasesQuery): Promise<CasePage> {
  const conditions = ['visible_to @> ARRAY[$1]::text[]'];
  const params: unknown[] = [query.organisationId];
  const add = (condition: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (query.status !== undefined) add((n) => `status = ${n}`, query.status);
  if (query.urgency !== undefined) add((n) => `urgency = ${n}`, query.urgency);
  if (query.stalled === true) {
    add((n) => `stalled_since < ${n}::timestamptz`, query.now.toISOString());
    const now = `$${params.length}::timestamptz`;
    if (query.stalledFor !== undefined) {
      add(
        (owner) => `EXISTS (SELECT 1 FROM jsonb_array_elements(state->'deadlines') AS deadline
          WHERE deadline->>'ownerOrganisationId' = ${owner} AND (deadline->>'dueAt')::timestamptz < ${now})`,
        query.stalledFor,
      );
    }
  }
  if (query.stalled === false)
    add((n) => `(stalled_since IS NULL OR stalled_since >= ${n}::timestamptz)`, query.now.toISOString());
  if (query.cursor !== undefined) add((n) => `first_position < ${n}::bigint`, decodeCursor(query.cursor));
  params.push(query.limit + 1);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${s}.relocations WHERE ${conditions.join(' AND ')}
     ORDER BY first_position DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit).map(toCaseRecord);
  const last = page[page.length - 1];
  return {
    cases: page,
    nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor(last.firstPosition) : null,
  };
}
