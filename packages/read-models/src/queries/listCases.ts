import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
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
  /**
   * The caller's own rule on top of `visible_to` (e.g. the handler rule: a caseworker sees only assigned cases).
   * Applied before paging: a page holds `limit` cases the caller may see, and `nextCursor` is set only when
   * another such case follows, so cases hidden from the caller never show as an empty page with a cursor.
   */
  readonly visible?: (record: CaseRecord) => boolean;
}

export interface CasePage {
  readonly cases: readonly CaseRecord[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** Rows read per round while looking for cases the caller may see. */
const SCAN_ROWS = 200;

/**
 * Newest case first, paged by keyset on the position of each case's first event (unique and never changing, so a
 * page boundary stays put while cases change underneath). With `visible`, rows are read in rounds until the page
 * and one more visible case are found or the organisation's cases run out.
 */
export async function listCases(db: SqlQueryable, s: QuotedSchema, query: ListCasesQuery): Promise<CasePage> {
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
  let after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const want = query.limit + 1;
  const rounds = query.visible === undefined ? want : Math.max(want, SCAN_ROWS);
  const found: CaseRecord[] = [];
  for (;;) {
    const where = [
      ...conditions,
      ...(after === undefined ? [] : [`first_position < $${params.length + 1}::bigint`]),
    ];
    const values = [...params, ...(after === undefined ? [] : [after]), rounds];
    const rows = await db.query<CaseRow>(
      // Ordered by the column, qualified: CASE_COLUMNS gives `first_position` as text, and ordering by that alias
      // sorted the positions as strings, by reading and sorting every row the caller may see.
      `SELECT ${CASE_COLUMNS} FROM ${s}.relocations WHERE ${where.join(' AND ')}
       ORDER BY relocations.first_position DESC LIMIT $${values.length}`,
      values,
    );
    for (const record of rows.map(toCaseRecord)) {
      if (found.length < want && (query.visible === undefined || query.visible(record))) found.push(record);
    }
    const lastRow = rows.at(-1);
    if (found.length >= want || rows.length < rounds || lastRow === undefined) break;
    after = lastRow.first_position;
  }
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    cases: page,
    nextCursor: found.length > query.limit && last !== undefined ? encodeCursor(last.firstPosition) : null,
  };
}
