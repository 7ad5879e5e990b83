import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { SuspendableStatus } from '../events/eventData.ts';
import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import { municipalityOrganisationId, policeOrganisationId } from '../schemas/actor.ts';
import type { TransferStage } from '../schemas/responsibility.ts';
import type { RelocationState } from '../state/state.ts';

/** Deadlines of the transfer of the case: awaited while the transfer is at a stage, whatever the workflow state. */
export const transferStageOfDeadlineKind: Partial<Readonly<Record<DeadlineKind, TransferStage>>> = {
  transferAnswer: 'requested',
  ivoDecision: 'ivoApplied',
  transferEffective: 'agreed',
};

/** The state in which each workflow deadline is awaited; leaving it meets or cancels the deadline. */
export const statusOfDeadlineKind: Partial<Readonly<Record<DeadlineKind, SuspendableStatus>>> = {
  threatAssessment: 'threatAssessment',
  receiverDecision: 'awaitingReceiverDecision',
  destinationClearance: 'destinationClearance',
  arrival: 'awaitingArrival',
  followUp1: 'followUp',
  followUp3: 'followUp',
  followUp6: 'followUp',
};

/** The one deadline a state opens on entry, if any (follow-ups are opened together by arrival). */
export const deadlineKindOnEntry: Partial<Readonly<Record<SuspendableStatus, DeadlineKind>>> = {
  threatAssessment: 'threatAssessment',
  awaitingReceiverDecision: 'receiverDecision',
  destinationClearance: 'destinationClearance',
  awaitingArrival: 'arrival',
};

/**
 * Who owns a deadline. Assessment and clearance belong to the police region of the sending municipality, which
 * holds the threat picture; the receiver's answer to the proposed municipality; arrival to the accepted
 * municipality; follow-ups to the municipality responsible for the case, so they move with responsibility (§3.1).
 * A transfer answer and an agreed transfer's date belong to the municipality asked; IVO's decision is followed up
 * by the requester.
 */
export function deadlineOwner(kind: DeadlineKind, state: RelocationState): string {
  switch (kind) {
    case 'threatAssessment':
    case 'destinationClearance':
      return policeOrganisationId(policeRegionOfMunicipality(state.sendingMunicipality ?? '') ?? 'unknown');
    case 'receiverDecision':
      return municipalityOrganisationId(state.proposedMunicipality ?? '');
    case 'arrival':
      return municipalityOrganisationId(state.acceptedMunicipality ?? '');
    case 'followUp1':
    case 'followUp3':
    case 'followUp6':
      return municipalityOrganisationId(state.responsibleMunicipality ?? '');
    case 'transferAnswer':
    case 'transferEffective':
      return municipalityOrganisationId(state.transfer?.toMunicipalityCode ?? '');
    case 'ivoDecision':
      return municipalityOrganisationId(state.transfer?.fromMunicipalityCode ?? '');
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}
