import type { DeadlineKind } from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/** The next step of the escalation ladder a deadline is due for (docs/design.md §4). */
export type DueStepKind = 'markMissed' | 'raiseEscalation';

/** One deadline that the monitor should act on now, with the case revision the read model saw. */
export interface DueStep {
  readonly relocationId: string;
  /** The case's revision as projected: the expected revision (`ifMatch`) of the monitor's command. */
  readonly revision: number;
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly ownerOrganisationId: string;
  readonly dueAt: string;
  readonly escalateAt: string;
  readonly step: DueStepKind;
}

interface DueStepRow {
  readonly relocation_id: string;
  readonly revision: number;
  readonly deadline_id: string;
  readonly kind: DeadlineKind;
  readonly owner: string;
  readonly due_at: string;
  readonly escalate_at: string;
  readonly missed: boolean;
}

/**
 * Open deadlines whose next step is due at `now`: not yet missed and due, or missed at level 1 and past their
 * escalation time. `stalled_since` (the earliest due time of the case's open deadlines) narrows the scan to stalled
 * cases first. Oldest first, at most `limit`.
 */
export async function findDueSteps(
  db: SqlQueryable,
  s: QuotedSchema,
  now: Date,
  limit = 500,
): Promise<DueStep[]> {
  const rows = await db.query<DueStepRow>(
    `SELECT r.relocation_id::text AS relocation_id, r.revision, d->>'deadlineId' AS deadline_id,
       d->>'kind' AS kind, d->>'ownerOrganisationId' AS owner, d->>'dueAt' AS due_at,
       d->>'escalateAt' AS escalate_at, (d->>'missed')::boolean AS missed
     FROM ${s}.relocations r CROSS JOIN LATERAL jsonb_array_elements(r.state->'deadlines') AS d
     WHERE r.stalled_since <= $1::timestamptz
       AND ((NOT (d->>'missed')::boolean AND (d->>'dueAt')::timestamptz <= $1::timestamptz)
         OR ((d->>'missed')::boolean AND (d->>'escalationLevel')::int < 2
           AND (d->>'escalateAt')::timestamptz <= $1::timestamptz))
     ORDER BY (d->>'dueAt')::timestamptz, r.relocation_id, d->>'deadlineId'
     LIMIT $2`,
    [now.toISOString(), limit],
  );
  return rows.map((row) => ({
    relocationId: row.relocation_id,
    revision: row.revision,
    deadlineId: row.deadline_id,
    kind: row.kind,
    ownerOrganisationId: row.owner,
    dueAt: row.due_at,
    escalateAt: row.escalate_at,
    step: row.missed ? 'raiseEscalation' : 'markMissed',
  }));
}
