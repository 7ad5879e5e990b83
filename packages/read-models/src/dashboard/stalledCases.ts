import {
  businessDaysBetween,
  findMunicipality,
  policeRegionOfMunicipality,
  stalledCaseWatcher,
  type DeadlineKind,
  type OpenDeadline,
  type Status,
  type Urgency,
} from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/** One stalled case as the national coordinator sees it: what it waits for, from whom, since when. */
export interface StalledCase {
  readonly relocationId: string;
  readonly state: Status;
  readonly urgency: Urgency | null;
  /** The organisation being waited for: the owner of the most severe overdue deadline. */
  readonly waitingFor: string;
  readonly deadlineId: string;
  readonly deadlineKind: DeadlineKind;
  readonly dueAt: string;
  /** Whole Swedish business days between the due time and now. */
  readonly businessDaysOverdue: number;
  /** 0 while the monitor has not yet recorded the miss, then 1 (missed) or 2 (escalated). */
  readonly escalationLevel: 0 | 1 | 2;
  readonly responsibleMunicipality: string | null;
  /** County and police region of the responsible municipality: what the filters match. */
  readonly countyCode: string | null;
  readonly policeRegion: string | null;
  /** How many of the case's deadlines are overdue (follow-ups can be more than one). */
  readonly overdueDeadlines: number;
  /**
   * What the ladder suggests at level 2: for a transfer request without written answer, the requester may apply
   * to IVO (socialtjänstlagen (2025:400), formerly 2 a kap. 10-11 §§ SoL (2001:453)); for a handover proposal
   * without answer, propose another municipality.
   */
  readonly suggestion: 'ivoApplication' | 'proposeAnotherMunicipality' | null;
}

export interface StalledCasesQuery {
  /** Evaluated here, not by the monitor: a case is stalled when an open deadline's due time is before `now`. */
  readonly now: Date;
  /** Two-digit county code of the responsible municipality. */
  readonly countyCode?: string;
  /** Police region of the responsible municipality (`stockholm`, `nord`, ...). */
  readonly policeRegion?: string;
  /** Only cases waiting for this organisation (the overdue deadline's owner). */
  readonly organisationId?: string;
  readonly limit?: number;
}

interface StalledRow {
  readonly relocation_id: string;
  readonly status: Status;
  readonly urgency: Urgency | null;
  readonly responsible_municipality: string | null;
  readonly deadlines: readonly OpenDeadline[];
}

function suggestionFor(kind: DeadlineKind): StalledCase['suggestion'] {
  if (kind === 'transferAnswer') return 'ivoApplication';
  if (kind === 'receiverDecision') return 'proposeAnotherMunicipality';
  return null;
}

/** What the severity order looks at: the due time as epoch milliseconds, parsed once per case. */
type SeverityOf = Pick<StalledCase, 'escalationLevel' | 'urgency' | 'relocationId'> & {
  readonly dueMs: number;
};

/** A stalled case before its business days overdue are counted (only the cases returned are counted). */
type Uncounted = Omit<StalledCase, 'businessDaysOverdue'> & { readonly dueMs: number };

const urgencyRank = (urgency: Urgency | null): number => (urgency === 'acute' ? 0 : 1);

/** Most severe first: escalation level, then acute before planned, then the longest overdue. */
export function bySeverity(a: SeverityOf, b: SeverityOf): number {
  return (
    b.escalationLevel - a.escalationLevel ||
    urgencyRank(a.urgency) - urgencyRank(b.urgency) ||
    a.dueMs - b.dueMs ||
    a.relocationId.localeCompare(b.relocationId)
  );
}

/** The overdue deadline that makes the case most severe: highest escalation level, then the earliest due. */
function worstOf(overdue: readonly { deadline: OpenDeadline; dueMs: number }[]) {
  let worst: (typeof overdue)[number] | undefined;
  for (const candidate of overdue) {
    if (
      worst === undefined ||
      candidate.deadline.escalationLevel > worst.deadline.escalationLevel ||
      (candidate.deadline.escalationLevel === worst.deadline.escalationLevel && candidate.dueMs < worst.dueMs)
    )
      worst = candidate;
  }
  return worst;
}

function toStalledCase(row: StalledRow, nowMs: number): Uncounted | undefined {
  // An agreed transfer's date is not a wait for anyone (the monitor moves responsibility then).
  const overdue: { deadline: OpenDeadline; dueMs: number }[] = [];
  for (const deadline of row.deadlines) {
    if (deadline.kind === 'transferEffective') continue;
    const dueMs = Date.parse(deadline.dueAt);
    if (dueMs < nowMs) overdue.push({ deadline, dueMs });
  }
  const found = worstOf(overdue);
  if (found === undefined) return undefined;
  const worst = found.deadline;
  const code = row.responsible_municipality;
  return {
    relocationId: row.relocation_id,
    state: row.status,
    urgency: row.urgency,
    waitingFor: worst.ownerOrganisationId,
    deadlineId: worst.deadlineId,
    deadlineKind: worst.kind,
    dueAt: worst.dueAt,
    dueMs: found.dueMs,
    escalationLevel: worst.escalationLevel,
    responsibleMunicipality: code,
    countyCode: code === null ? null : (findMunicipality(code)?.countyCode ?? null),
    policeRegion: code === null ? null : (policeRegionOfMunicipality(code) ?? null),
    overdueDeadlines: overdue.length,
    suggestion: worst.escalationLevel === 2 ? suggestionFor(worst.kind) : null,
  };
}

/**
 * The stalled cases the domain's `stalledCaseWatcher` (the coordinator) may see (`visible_to`), most severe first. "Due before now and still open" is
 * evaluated against the caller's clock, so the list is right even when the deadline monitor is late.
 */
export async function stalledCases(
  db: SqlQueryable,
  s: QuotedSchema,
  query: StalledCasesQuery,
): Promise<StalledCase[]> {
  const rows = await db.query<StalledRow>(
    `SELECT relocation_id::text AS relocation_id, status, urgency, responsible_municipality,
       coalesce(deadlines, state->'deadlines') AS deadlines
     FROM ${s}.relocations
     WHERE stalled_since < $1::timestamptz AND visible_to @> ARRAY[$2]::text[]`,
    [query.now.toISOString(), stalledCaseWatcher],
  );
  const cases: Uncounted[] = [];
  const nowMs = query.now.getTime();
  for (const row of rows) {
    const stalled = toStalledCase(row, nowMs);
    if (stalled === undefined) continue;
    if (query.countyCode !== undefined && stalled.countyCode !== query.countyCode) continue;
    if (query.policeRegion !== undefined && stalled.policeRegion !== query.policeRegion) continue;
    if (query.organisationId !== undefined && stalled.waitingFor !== query.organisationId) continue;
    cases.push(stalled);
  }
  // Business days are counted day by day: only for the cases returned (a case can be overdue for years).
  return cases
    .sort(bySeverity)
    .slice(0, query.limit ?? cases.length)
    .map(({ dueMs: _dueMs, ...stalled }) => ({
      ...stalled,
      businessDaysOverdue: businessDaysBetween(stalled.dueAt, query.now.toISOString()),
    }));
}
