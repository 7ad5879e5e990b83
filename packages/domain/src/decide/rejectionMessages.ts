import type { Command } from '../commands/command.ts';
import type { DomainErrorCode } from '../errors.ts';
import { findMunicipality } from '../reference/municipalities.ts';
import type { RelocationState } from '../state/state.ts';

const statusNames: Readonly<Record<RelocationState['status'], string>> = {
  notInitiated: 'not started',
  draft: 'a draft',
  threatAssessment: 'waiting for the police threat assessment',
  matching: 'looking for a receiving municipality',
  awaitingReceiverDecision: 'waiting for the receiving municipality’s answer',
  destinationClearance: 'waiting for the police to clear the destination',
  awaitingArrival: 'waiting for the arrival',
  followUp: 'in follow-up after arrival',
  suspended: 'suspended',
  aborted: 'aborted',
  withdrawn: 'halted because consent was withdrawn',
  closed: 'closed',
};

function municipalityName(command: Command): string {
  if (command.type !== 'ProposeReceivingMunicipality' && command.type !== 'PlaceDirectly') {
    return 'The municipality';
  }
  const code = command.payload.municipalityCode;
  return findMunicipality(code)?.name ?? code;
}

/** A sentence a caseworker understands for a rejection from the workflow. */
export function rejectionMessage(code: DomainErrorCode, command: Command, state: RelocationState): string {
  switch (code) {
    case 'NOT_ALLOWED_IN_STATE':
      return `${command.type} is not possible while the case is ${statusNames[state.status]}.`;
    case 'CONSENT_MISSING':
      return command.type === 'SubmitRelocation'
        ? 'Record the person’s consent to share the case with the police and the national coordinator first.'
        : 'Record the person’s consent to share the case with a receiving municipality first.';
    case 'UNKNOWN_MUNICIPALITY':
      return 'There is no Swedish municipality with this code.';
    case 'SENDING_MUNICIPALITY':
      return 'The sending municipality cannot also be the receiving one.';
    case 'MUNICIPALITY_EXCLUDED':
      return `${municipalityName(command)} lies in an exclusion zone of this case.`;
    case 'ALREADY_DECLINED':
      return `${municipalityName(command)} has already declined this case.`;
    case 'ALREADY_REFUSED':
      return `The police refused ${municipalityName(command)} as a destination for this case.`;
    case 'PROVIDER_NOT_PERMITTED':
      return 'The protected-housing provider has no valid IVO permit on the planned move date.';
    case 'NOT_ACUTE':
      return 'Only an acute case may be placed directly; propose a receiving municipality instead.';
    case 'UNIT_NOT_PERMITTED':
      return 'The unit may not operate on the move date (no IVO permit, no pending application allowing it, and not a municipal unit notified to IVO).';
    case 'UNIT_NOT_IN_MUNICIPALITY':
      return `The unit does not lie in ${municipalityName(command)}.`;
    case 'CLEARANCE_MISSING':
      return 'The police have not cleared the destination yet; arrival can be confirmed only after clearance.';
    default:
      return `The command was refused (${code}).`;
  }
}
