import { businessDaysBetween, type DeadlineKind } from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/** An open deadline that will be past due at the forecast date. */
export interface ForecastItem {
  readonly relocationId: string;
  readonly status: string;
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly ownerOrganisationId: string;
  readonly dueAt: string;
  /** Whether the monitor has already recorded it as missed. */
  readonly missed: boolean;
  /** Whole Swedish business days past due at the forecast date. */
  readonly businessDaysOverdue: number;
}

interface ForecastRow {
  readonly relocation_id: string;
  readonly status: string;
  readonly deadline_id: string;
  readonly kind: DeadlineKind;
  readonly owner: string;
  readonly due_at: string;
  readonly missed: boolean;
}

/**
 * Read-only: the deadlines open now (as projected) that will be overdue at `asOf` if nothing happens, oldest due
 * first. For planning; it writes nothing.
 */
export async function forecastOverdue(
  db: SqlQueryable,
  s: QuotedSchema,
  asOf: Date,
): Promise<ForecastItem[]> {
  const rows = await db.query<ForecastRow>(
    `SELECT r.relocation_id::text AS relocation_id, r.status, d->>'deadlineId' AS deadline_id,
       d->>'kind' AS kind, d->>'ownerOrganisationId' AS owner, d->>'dueAt' AS due_at,
       (d->>'missed')::boolean AS missed
     FROM ${s}.relocations r CROSS JOIN LATERAL jsonb_array_elements(r.state->'deadlines') AS d
     WHERE r.stalled_since < $1::timestamptz AND (d->>'dueAt')::timestamptz < $1::timestamptz
     ORDER BY (d->>'dueAt')::timestamptz, r.relocation_id`,
    [asOf.toISOString()],
  );
  const at = asOf.toISOString();
  return rows.map((row) => ({
    relocationId: row.relocation_id,
    status: row.status,
    deadlineId: row.deadline_id,
    kind: row.kind,
    ownerOrganisationId: row.owner,
    dueAt: row.due_at,
    missed: row.missed,
    businessDaysOverdue: businessDaysBetween(row.due_at, at),
  }));
}
