import type { Command } from '../commands/command.ts';
import { municipalityCodeOf } from '../schemas/actor.ts';
import type { WorkflowEvent } from '../workflow/workflowEvent.ts';
import { providerPermittedOn, unitStandingOn } from './decideContext.ts';
import type { Provider } from './decideContext.ts';

/** The machine event for a command: the facts of the command its guards judge. */
export function workflowEventOf(command: Command, providers: readonly Provider[]): WorkflowEvent {
  switch (command.type) {
    case 'InitiateRelocation':
      return {
        type: command.type,
        sending: municipalityCodeOf(command.actor.organisationId) ?? '',
        acute: command.payload.urgency === 'acute',
        zones: command.payload.exclusionZones,
      };
    case 'RecordConsent':
      return { type: command.type, parties: command.payload.parties };
    case 'RecordThreatAssessment':
    case 'EscalateThreat':
      return { type: command.type, zones: command.payload.exclusionZones };
    case 'ProposeReceivingMunicipality':
      return { type: command.type, municipalityCode: command.payload.municipalityCode };
    case 'AcceptHandover': {
      const { housing, plannedMoveDate } = command.payload;
      const providerPermitted =
        housing.type !== 'protectedHousing' ||
        providerPermittedOn(providers, housing.providerId, plannedMoveDate);
      return { type: command.type, providerPermitted, protectedHousing: housing.type === 'protectedHousing' };
    }
    case 'PlaceDirectly': {
      const { municipalityCode, unitId, plannedMoveDate } = command.payload;
      return {
        type: command.type,
        municipalityCode,
        unit: unitStandingOn(providers, unitId, municipalityCode, plannedMoveDate),
        protectedHousing: providers.find((p) => p.id === unitId)?.serviceType === 'protectedHousing',
      };
    }
    case 'AddHouseholdMember':
      return {
        type: command.type,
        memberId: command.payload.memberId ?? '',
        child: command.payload.role === 'child',
        guardianMissing: command.payload.consent.kind === 'guardianMissing',
      };
    case 'RemoveHouseholdMember':
    case 'RecordChildImpactAssessment':
    case 'RecordChildPlacementApplication':
      return { type: command.type, memberId: command.payload.memberId };
    case 'RecordChildPlacementDecision':
      return {
        type: command.type,
        memberId: command.payload.memberId,
        placementAllowed: command.payload.outcome === 'placementAllowed',
      };
    case 'RecordChildView':
    case 'RecordSchoolPlacement':
    case 'AcknowledgeDirectPlacement':
    case 'ReassessThreat':
    case 'RecordLocationCompromised':
    case 'WithdrawConsent':
    case 'SubmitRelocation':
    case 'DeclineHandover':
    case 'GrantDestinationClearance':
    case 'RefuseDestinationClearance':
    case 'ConfirmArrival':
    case 'RecordFollowUp':
    case 'CloseCase':
    case 'SuspendCase':
    case 'ResumeCase':
    case 'AbortRelocation':
    case 'ExtendDeadline':
    case 'MarkDeadlineMissed':
    case 'RaiseEscalation':
    case 'AssignHandler':
    case 'UnassignHandler':
    case 'EraseCase':
    case 'RequestTransfer':
    case 'AgreeTransfer':
    case 'RefuseTransfer':
    case 'RecordIvoApplication':
    case 'RecordIvoDecision':
    case 'RecordIvoAppeal':
    case 'RecordIvoDecisionFinal':
    case 'RecordPersonSettled':
    case 'ChangeIdentity':
    case 'RecordOutcome':
      return { type: command.type };
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
