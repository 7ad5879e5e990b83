import { participationOf } from '@relocation/domain';
import type { CaseRecord } from '../projector/caseRecord.ts';
import type { DeadlineView, WorkflowView } from './caseViewSchema.ts';
import { organisationLabel } from './organisationLabel.ts';
import type { View } from './viewFor.ts';

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
  const deadlines: DeadlineView[] = state.deadlines.map((deadline) => ({
    deadlineId: deadline.deadlineId,
    kind: deadline.kind,
    awaited: {
      party: participationOf(state, deadline.ownerOrganisationId),
      organisationId: organisationLabel(deadline.ownerOrganisationId, view, state, callerOrganisationId),
    },
    dueAt: deadline.dueAt,
    escalateAt: deadline.escalateAt,
    missed: deadline.missed,
    escalationLevel: deadline.escalationLevel,
    overdue: Date.parse(deadline.dueAt) < now.getTime(),
  }));
  const overdue = deadlines.filter((deadline) => deadline.overdue).map((deadline) => deadline.dueAt);
  return {
    status: state.status,
    urgency: state.urgency,
    sendingMunicipality: state.sendingMunicipality,
    responsibleMunicipality: state.responsibleMunicipality,
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
  };
}
