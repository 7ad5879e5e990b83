import { coordinatorOrganisationId } from '@relocation/domain';
import type { OpenDeadline, TransferMatter, TransferStage } from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/**
 * One open transfer of a case (överflyttning) as the national coordinator sees it (docs/design.md §3.1): who asked
 * whom, since when, where it stands with IVO, and the deadline it waits on. Municipalities only, never an address
 * or a reason (those are sealed in the case's history).
 */
export interface TransferMatterEntry {
  readonly relocationId: string;
  readonly stage: TransferStage;
  readonly fromMunicipalityCode: string;
  readonly toMunicipalityCode: string;
  readonly requestedOn: string;
  readonly effectiveFrom: string | null;
  readonly ivoAppliedOn: string | null;
  readonly ivoResponsibleMunicipalityCode: string | null;
  readonly ivoDecisionReceivedOn: string | null;
  readonly appealUntil: string | null;
  /** The written answer (one month) or IVO's decision (three months) the matter waits for, if any. */
  readonly waitingFor: {
    readonly kind: 'transferAnswer' | 'ivoDecision';
    readonly organisationId: string;
    readonly dueAt: string;
    readonly overdue: boolean;
    readonly escalationLevel: 0 | 1 | 2;
  } | null;
}

interface TransferRow {
  readonly relocation_id: string;
  readonly transfer: TransferMatter;
  readonly deadlines: readonly OpenDeadline[];
}

function toEntry(row: TransferRow, now: Date): TransferMatterEntry {
  const waiting = row.deadlines.find((d) => d.kind === 'transferAnswer' || d.kind === 'ivoDecision');
  const { transfer } = row;
  return {
    relocationId: row.relocation_id,
    stage: transfer.stage,
    fromMunicipalityCode: transfer.fromMunicipalityCode,
    toMunicipalityCode: transfer.toMunicipalityCode,
    requestedOn: transfer.requestedOn,
    effectiveFrom: transfer.effectiveFrom,
    ivoAppliedOn: transfer.ivoAppliedOn,
    ivoResponsibleMunicipalityCode: transfer.ivoResponsibleMunicipalityCode,
    ivoDecisionReceivedOn: transfer.ivoDecisionReceivedOn,
    appealUntil: transfer.appealUntil,
    waitingFor:
      waiting === undefined
        ? null
        : {
            kind: waiting.kind as 'transferAnswer' | 'ivoDecision',
            organisationId: waiting.ownerOrganisationId,
            dueAt: waiting.dueAt,
            overdue: Date.parse(waiting.dueAt) < now.getTime(),
            escalationLevel: waiting.escalationLevel,
          },
  };
}

/** Overdue first (highest escalation first), then the oldest request. */
function byUrgency(a: TransferMatterEntry, b: TransferMatterEntry): number {
  const rank = (entry: TransferMatterEntry) =>
    entry.waitingFor === null ? 0 : entry.waitingFor.overdue ? 10 + entry.waitingFor.escalationLevel : 1;
  return (
    rank(b) - rank(a) ||
    a.requestedOn.localeCompare(b.requestedOn) ||
    a.relocationId.localeCompare(b.relocationId)
  );
}

/**
 * Every open transfer of a case the coordinator may see (`visible_to`): requests without answer and IVO matters
 * with their dates. Whether a wait is overdue is judged against `now`, so the list is right even when the deadline
 * monitor is late.
 */
export async function transferMatters(
  db: SqlQueryable,
  s: QuotedSchema,
  now: Date,
  limit?: number,
): Promise<TransferMatterEntry[]> {
  const rows = await db.query<TransferRow>(
    `SELECT relocation_id::text AS relocation_id, state->'transfer' AS transfer, state->'deadlines' AS deadlines
     FROM ${s}.relocations
     WHERE jsonb_typeof(state->'transfer') = 'object' AND visible_to @> ARRAY[$1]::text[]`,
    [coordinatorOrganisationId],
  );
  const entries = rows.map((row) => toEntry(row, now)).sort(byUrgency);
  return entries.slice(0, limit ?? entries.length);
}
