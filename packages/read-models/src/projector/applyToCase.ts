import { evolve, initialState, type DomainEvent } from '@relocation/domain';
import type { CaseRecord } from './caseRecord.ts';

function emptyCase(relocationId: string, streamName: string, position: bigint, at: string): CaseRecord {
  return {
    relocationId,
    streamName,
    state: initialState(),
    household: null,
    needs: null,
    threatValidUntil: null,
    housingType: null,
    providerId: null,
    personSealed: null,
    threatDetailsSealed: null,
    receptionPlanSealed: null,
    identityChangesSealed: [],
    initiatedAt: null,
    firstPosition: position,
    lastPosition: position,
    updatedAt: at,
  };
}

const withoutReceptionPlan = { housingType: null, providerId: null, receptionPlanSealed: null } as const;

/** Case facts that the folded domain state does not keep: what the views need besides the workflow. */
function applyFacts(record: CaseRecord, event: DomainEvent): CaseRecord {
  switch (event.type) {
    case 'RelocationInitiated':
      return {
        ...record,
        household: event.data.household,
        needs: [...event.data.needs],
        personSealed: event.data.person,
        initiatedAt: event.metadata.occurredAt,
      };
    case 'ThreatAssessmentRecorded':
    case 'ThreatReassessed':
      return { ...record, threatValidUntil: event.data.validUntil, threatDetailsSealed: event.data.details };
    case 'ThreatEscalated':
      return event.data.effect === 'acceptanceLapsed' ? { ...record, ...withoutReceptionPlan } : record;
    case 'HandoverAccepted':
      return {
        ...record,
        housingType: event.data.housingType,
        providerId: event.data.providerId,
        receptionPlanSealed: event.data.receptionPlan,
      };
    case 'DestinationClearanceRefused':
      return { ...record, ...withoutReceptionPlan };
    case 'PlacedDirectly':
      // The unit is where the household will live: reception-plan data, shown as the plan's provider.
      return { ...record, ...withoutReceptionPlan, providerId: event.data.unitId };
    case 'IdentityChanged':
      return { ...record, identityChangesSealed: [...record.identityChangesSealed, event.data.identity] };
    case 'OutcomeRecorded':
    case 'ConsentRecorded':
    case 'ConsentWithdrawn':
    case 'RelocationSubmitted':
    case 'ReceivingMunicipalityProposed':
    case 'HandoverDeclined':
    case 'DestinationClearanceGranted':
    case 'ArrivalConfirmed':
    case 'ResponsibilityTransferred':
    case 'FollowUpRecorded':
    case 'CaseClosed':
    case 'CaseSuspended':
    case 'CaseResumed':
    case 'RelocationAborted':
    case 'DeadlineScheduled':
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineExtended':
    case 'DeadlineMissed':
    case 'EscalationRaised':
    case 'HandlerAssigned':
    case 'HandlerUnassigned':
    case 'PersonSettled':
    case 'LedgerEntryRecorded':
    case 'TransferRequested':
    case 'TransferAgreed':
    case 'TransferRefused':
    case 'IvoApplicationRecorded':
    case 'IvoDecisionRecorded':
    case 'IvoDecisionAppealed':
    case 'IvoDecisionBecameFinal':
    case 'DirectPlacementAcknowledged':
    case 'LocationCompromised':
    case 'HouseholdMemberAdded':
    case 'HouseholdMemberRemoved':
    case 'ChildViewRecorded':
    case 'ChildImpactAssessmentRecorded':
    case 'ChildPlacementApplicationRecorded':
    case 'ChildPlacementDecisionRecorded':
    case 'SchoolPlacementRequired':
    case 'SchoolPlacementRecorded':
      return record;
    case 'CaseErased':
      // The key is gone, so the envelopes are unreadable anyway; they are dropped so no copy of them stays.
      return {
        ...record,
        personSealed: null,
        threatDetailsSealed: null,
        identityChangesSealed: [],
        ...withoutReceptionPlan,
      };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** Thrown when a case's events arrive out of revision order: the projector stops rather than fold them wrongly. */
export class RevisionGapError extends Error {
  readonly code = 'REVISION_GAP';

  constructor(streamName: string, expected: number, got: number) {
    super(`${streamName}: expected revision ${expected}, got ${got}`);
    this.name = 'RevisionGapError';
  }
}

/**
 * The case after one more event: the domain's own `evolve` for the state, plus the facts the views need. An event
 * at a revision already applied (a redelivery) changes nothing and returns undefined.
 */
export function applyToCase(
  record: CaseRecord | undefined,
  event: DomainEvent,
  at: {
    readonly relocationId: string;
    readonly streamName: string;
    readonly revision: number;
    readonly position: bigint;
  },
): CaseRecord | undefined {
  const current = record ?? emptyCase(at.relocationId, at.streamName, at.position, event.metadata.occurredAt);
  const expected = current.state.revision + 1;
  if (at.revision < expected) return undefined;
  if (at.revision > expected) throw new RevisionGapError(at.streamName, expected, at.revision);
  return {
    ...applyFacts(current, event),
    state: evolve(current.state, event),
    lastPosition: at.position,
    updatedAt: event.metadata.occurredAt,
  };
}
