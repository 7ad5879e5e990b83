import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { SuspendableStatus } from '../events/eventData.ts';
import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import { municipalityOrganisationId, policeOrganisationId } from '../schemas/actor.ts';
import type { OutcomeMonth } from '../schemas/caseFacts.ts';
import type { TransferStage } from '../schemas/responsibility.ts';
import type { RelocationState } from '../state/state.ts';

/** The outcome deadlines (issue 15) and the month each waits for. */
export const outcomeMonthOfDeadlineKind: Partial<Readonly<Record<DeadlineKind, OutcomeMonth>>> = {
  outcome6: 6,
  outcome12: 12,
};

/** Deadlines that a closed case still owes (the outcomes): they survive the closing. */
export const deadlineOutlivesClosing = (kind: DeadlineKind): boolean =>
  outcomeMonthOfDeadlineKind[kind] !== undefined;

/** Deadlines of the transfer of the case: awaited while the transfer is at a stage, whatever the workflow state. */
export const transferStageOfDeadlineKind: Partial<Readonly<Record<DeadlineKind, TransferStage>>> = {
  transferAnswer: 'requested',
  ivoDecision: 'ivoApplied',
  transferEffective: 'agreed',
};

/**
 * Whether a deadline that runs beside the workflow (the transfer's, a direct placement's acknowledgement) is still
 * awaited in a state; undefined for the workflow's own deadlines, which `statusOfDeadlineKind` ties to a state. They
 * keep running while the case is suspended: a statutory month, and a placement already made, do not wait for it.
 */
export function sideDeadlineAwaited(kind: DeadlineKind, state: RelocationState): boolean | undefined {
  const outcome = outcomeMonthOfDeadlineKind[kind];
  if (outcome !== undefined) {
    // Past the closing too (the 12-month outcome is usually due after it); an abort or withdrawal ends them.
    return (
      !(state.outcomesRecorded ?? []).includes(outcome) &&
      state.status !== 'aborted' &&
      state.status !== 'withdrawn'
    );
  }
  if (kind === 'placementAcknowledgement') {
    return state.directPlacement !== null && !state.directPlacement.acknowledged;
  }
  if (kind === 'schoolPlacement') {
    return state.householdMembers.some((m) => m.schoolPlacement === 'required');
  }
  const stage = transferStageOfDeadlineKind[kind];
  return stage === undefined ? undefined : state.transfer?.stage === stage;
}

/** The state in which each workflow deadline is awaited; leaving it meets or cancels the deadline. */
export const statusOfDeadlineKind: Partial<Readonly<Record<DeadlineKind, SuspendableStatus>>> = {
  threatAssessment: 'threatAssessment',
  receiverDecision: 'awaitingReceiverDecision',
  destinationClearance: 'destinationClearance',
  arrival: 'awaitingArrival',
  followUp1: 'followUp',
  followUp3: 'followUp',
  followUp6: 'followUp',
  threatReassessment: 'followUp',
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
 * municipality (the placing one after a direct placement, which arranged the move); follow-ups to the municipality responsible for the case, so they move with responsibility (§3.1).
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
      return municipalityOrganisationId(
        state.directPlacement?.placingMunicipalityCode ?? state.acceptedMunicipality ?? '',
      );
    case 'threatReassessment':
      // The destination's police own reassessment after arrival (docs/design.md §3.5).
      return policeOrganisationId(
        policeRegionOfMunicipality(state.acceptedMunicipality ?? state.sendingMunicipality ?? '') ??
          'unknown',
      );
    case 'placementAcknowledgement':
      return municipalityOrganisationId(state.directPlacement?.municipalityCode ?? '');
    case 'schoolPlacement':
      // The receiving municipality (the vistelsekommun) places the children in school (docs/design.md §3.2).
      return municipalityOrganisationId(state.acceptedMunicipality ?? '');
    case 'followUp1':
    case 'followUp3':
    case 'followUp6':
    case 'outcome6':
    case 'outcome12':
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
