import { municipalityCodeOf, municipalityOrganisationId, participationOf } from '@relocation/domain';
import type { LedgerEntry } from '@relocation/domain';
import type { CaseRecord } from '../projector/caseRecord.ts';
import type { DeadlineView, WorkflowView } from './caseViewSchema.ts';
import { organisationLabel, WITHHELD } from './organisationLabel.ts';
import type { View } from './viewFor.ts';

/**
 * The arrival deadline is the planned move date plus five business days (defaultDeadlinePolicy), so its due and
 * escalation times are reception-plan data: a party that may not see the plan (the sending municipality, the
 * coordinator) sees that the deadline exists, whom it waits for and whether it is overdue, never when it falls due.
 */
/** An agreed transfer's date is not a wait: it never makes a case stalled (the monitor moves responsibility). */
const awaitsSomeone = (kind: string): boolean => kind !== 'transferEffective';

export function deadlineTimesWithheld(kind: string, view: View): boolean {
  return kind === 'arrival' && !view.sees('receptionPlan');
}

/**
 * The workflow block: state, deadlines with who is awaited and when, and whether the case is stalled, judged
 * against `now` from the open deadlines ("due < now and open"), so it is right even when the monitor is late.
 */
export function workflowView(
  record: CaseRecord,
  view: View,
  callerOrganisationId: string,
  now: Date,
): WorkflowView {
  const { state } = record;
  /** A municipality code as the caller may see it (see organisationLabel): the code, or `withheld`. */
  const label = (code: string | null): string | null =>
    code === null
      ? null
      : (municipalityCodeOf(
          organisationLabel(municipalityOrganisationId(code), view, state, callerOrganisationId),
        ) ?? WITHHELD);
  const entry = (ledgerEntry: LedgerEntry | null) =>
    ledgerEntry === null
      ? null
      : { ...ledgerEntry, municipalityCode: label(ledgerEntry.municipalityCode) ?? '' };
  const deadlines: DeadlineView[] = state.deadlines.map((deadline) => {
    const timed = !deadlineTimesWithheld(deadline.kind, view);
    return {
      deadlineId: deadline.deadlineId,
      kind: deadline.kind,
      awaited: {
        party: participationOf(state, deadline.ownerOrganisationId),
        organisationId: organisationLabel(deadline.ownerOrganisationId, view, state, callerOrganisationId),
      },
      dueAt: timed ? deadline.dueAt : null,
      escalateAt: timed ? deadline.escalateAt : null,
      missed: deadline.missed,
      escalationLevel: deadline.escalationLevel,
      // Only true once the time has passed, i.e. after the planned move date: it tells nothing in advance.
      overdue: Date.parse(deadline.dueAt) < now.getTime(),
    };
  });
  const overdue = state.deadlines
    .filter(
      (deadline) =>
        awaitsSomeone(deadline.kind) &&
        Date.parse(deadline.dueAt) < now.getTime() &&
        !deadlineTimesWithheld(deadline.kind, view),
    )
    .map((deadline) => deadline.dueAt);
  return {
    status: state.status,
    urgency: state.urgency,
    sendingMunicipality: state.sendingMunicipality,
    responsibleMunicipality: label(state.responsibleMunicipality),
    ledger: {
      responsible: entry(state.ledger.responsible),
      bosattningskommun: entry(state.ledger.bosattningskommun),
      vistelsekommun: entry(state.ledger.vistelsekommun),
      placingMunicipality: entry(state.ledger.placingMunicipality),
      costAgreement:
        state.ledger.costAgreement === null
          ? null
          : {
              ...state.ledger.costAgreement,
              payerMunicipalityCode: label(state.ledger.costAgreement.payerMunicipalityCode) ?? '',
            },
    },
    transfer:
      state.transfer === null
        ? null
        : {
            ...state.transfer,
            fromMunicipalityCode: label(state.transfer.fromMunicipalityCode) ?? '',
            toMunicipalityCode: label(state.transfer.toMunicipalityCode) ?? '',
            ivoResponsibleMunicipalityCode: label(state.transfer.ivoResponsibleMunicipalityCode),
          },
    // Rows folded before direct placement existed have no such field: none.
    directPlacement:
      (state.directPlacement ?? null) === null
        ? null
        : {
            municipalityCode: label(state.directPlacement!.municipalityCode) ?? '',
            acknowledged: state.directPlacement!.acknowledged,
          },
    consents: [...state.consents],
    suspendedFrom: state.suspendedFrom,
    arrivedOn: state.arrivedOn,
    followUpsRecorded: [...state.followUpsRecorded],
    deadlines,
    stalled: overdue.length > 0,
    stalledSince:
      overdue.length === 0 ? null : overdue.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)),
    initiatedAt: record.initiatedAt,
    updatedAt: record.updatedAt,
    revision: state.revision,
    lastPosition: record.lastPosition.toString(),
    // Rows folded before households existed: the case is its own household and has no linked case.
    householdId: state.householdId ?? (state.relocationId === null ? null : record.relocationId),
    previousRelocationId: state.previousRelocationId ?? null,
    renewedRelocationId: state.renewedRelocationId ?? null,
  };
}
