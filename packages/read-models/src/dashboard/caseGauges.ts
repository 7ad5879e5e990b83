import type { Status } from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

export interface CasesByState {
  readonly state: Status;
  readonly open: number;
  readonly stalled: number;
}

/** For metrics: cases per state that are not closed, aborted or withdrawn, and how many of them are stalled now. */
export async function casesByState(db: SqlQueryable, s: QuotedSchema, now: Date): Promise<CasesByState[]> {
  const rows = await db.query<{ status: Status; open: number; stalled: number }>(
    `SELECT status, count(*)::int AS open,
       count(*) FILTER (WHERE stalled_since < $1::timestamptz)::int AS stalled
     FROM ${s}.relocations WHERE status NOT IN ('closed', 'aborted', 'withdrawn')
     GROUP BY status ORDER BY status`,
    [now.toISOString()],
  );
  return rows.map((row) => ({ state: row.status, open: row.open, stalled: row.stalled }));
}
