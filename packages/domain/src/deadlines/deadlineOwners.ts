import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { SuspendableStatus } from '../events/eventData.ts';
import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import { municipalityOrganisationId, policeOrganisationId } from '../schemas/actor.ts';
import type { RelocationState } from '../state/state.ts';

/** The state in which each kind of deadline is awaited; leaving it meets or cancels the deadline. */
export const statusOfDeadlineKind: Readonly<Record<DeadlineKind, SuspendableStatus>> = {
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
 * holds the threat picture; the receiver's answer to the proposed municipality; arrival and follow-ups to the
 * accepted (then responsible) municipality.
 */
export function deadlineOwner(kind: DeadlineKind, state: RelocationState): string {
  switch (kind) {
    case 'threatAssessment':
    case 'destinationClearance':
      return policeOrganisationId(policeRegionOfMunicipality(state.sendingMunicipality ?? '') ?? 'unknown');
    case 'receiverDecision':
      return municipalityOrganisationId(state.proposedMunicipality ?? '');
    case 'arrival':
    case 'followUp1':
    case 'followUp3':
    case 'followUp6':
      return municipalityOrganisationId(state.acceptedMunicipality ?? '');
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}
