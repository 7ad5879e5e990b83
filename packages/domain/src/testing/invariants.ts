import { participationOf } from '../access/participation.ts';
import type { DomainEvent } from '../events/event.ts';
import { isExcluded } from '../reference/municipalities.ts';
import type { RelocationState } from '../state/state.ts';

/**
 * The invariants of docs/design.md §3, checked on a state and on the event that led to it. Returns the broken ones
 * (empty when all hold), so that a property test can show them.
 */
export function brokenInvariants(
  before: RelocationState,
  event: DomainEvent,
  after: RelocationState,
): string[] {
  const broken: string[] = [];
  if (after.status !== 'notInitiated' && after.responsibleMunicipality === null) {
    broken.push('no responsible municipality');
  }
  if (event.type === 'ReceivingMunicipalityProposed') {
    const code = event.data.municipalityCode;
    if (isExcluded(code, before.exclusionZones)) broken.push(`proposed excluded ${code}`);
    if (before.declined.includes(code)) broken.push(`proposed declined ${code}`);
    if (before.refused.includes(code)) broken.push(`proposed refused ${code}`);
    if (code === before.sendingMunicipality) broken.push('proposed the sending municipality');
  }
  for (const code of [after.proposedMunicipality, after.acceptedMunicipality]) {
    if (code !== null && after.arrivedOn === null && isExcluded(code, after.exclusionZones)) {
      broken.push(`excluded municipality ${code} still proposed or accepted`);
    }
  }
  if (event.type === 'ReceivingMunicipalityProposed' && !before.consents.includes('receivingMunicipality')) {
    broken.push('proposed without consent to share with a receiving municipality');
  }
  if (
    event.type === 'RelocationSubmitted' &&
    !(before.consents.includes('police') && before.consents.includes('coordinator'))
  ) {
    broken.push('submitted without consent to share with the police and the coordinator');
  }
  if (event.type === 'ArrivalConfirmed' && !before.cleared) broken.push('arrival without clearance');
  if (after.status === 'followUp' && !after.cleared) broken.push('in follow-up without clearance');
  // Nothing shared beyond consent: every decision is made by an actor the case is shared with (the sending
  // municipality, the system, or a party whose participation needs consent), judged on the state before it.
  // Bookkeeping events that follow a decision's first event (deadlines, responsibility) are judged with it.
  const bookkeeping = event.type.startsWith('Deadline') || event.type === 'ResponsibilityTransferred';
  const participation = participationOf(before, event.metadata.actor.organisationId);
  const outsider = participation === 'none' || participation === 'declined';
  if (event.type !== 'RelocationInitiated' && !bookkeeping && outsider) {
    broken.push(`${event.type} by ${event.metadata.actor.organisationId}, which the case is not shared with`);
  }
  const ended = before.status === 'withdrawn' || before.status === 'closed' || before.status === 'aborted';
  // A closed case still owes its outcomes (issue 15): the outcome and the bookkeeping of its wait.
  const owedAfterClosing =
    before.status === 'closed' &&
    (event.type === 'OutcomeRecorded' ||
      event.type.startsWith('Deadline') ||
      event.type === 'EscalationRaised');
  if (ended && !owedAfterClosing && event.type !== 'DeadlineCancelled' && event.type !== 'CaseErased') {
    broken.push(`${event.type} after the case ended`);
  }
  return broken;
}
