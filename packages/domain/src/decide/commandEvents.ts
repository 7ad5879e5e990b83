import type { Command } from '../commands/command.ts';
import { domainError } from '../errors.ts';
import type { DomainError } from '../errors.ts';
import type { SuspendableStatus } from '../events/eventData.ts';
import type { EventType } from '../events/eventData.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import type { SealableJson } from '../schemas/sealed.ts';
import { municipalityCodeOf, policeRegionOf } from '../schemas/actor.ts';
import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import type { RelocationState } from '../state/state.ts';
import { escalationEffect } from '../workflow/rules.ts';
import { workflowContextOf } from '../workflow/workflowContext.ts';
import type { DecideContext } from './decideContext.ts';
import { deadlineCommandEvents } from './deadlineCommandEvents.ts';
import { handlerCommandEvents } from './handlerCommandEvents.ts';
import { householdCommandEvents, schoolPlacementsOwed } from './householdCommandEvents.ts';
import { transferCommandEvents } from './transferCommandEvents.ts';
import { statusOfDeadlineKind } from '../deadlines/deadlineOwners.ts';
import { locationCompromisedEvents } from '../renewal/locationCompromisedEvents.ts';

export type Drafts =
  | { readonly ok: true; readonly drafts: readonly EventDraft[] }
  | { readonly ok: false; readonly error: DomainError };

const ok = (...drafts: EventDraft[]): Drafts => ({ ok: true, drafts });

/**
 * The events a command produces once the machine has allowed it, from the state the case is in (`from`). Deadline
 * bookkeeping (met, cancelled, scheduled) is added afterwards by `deadlineEvents`.
 */
export function commandEvents(command: Command, state: RelocationState, context: DecideContext): Drafts {
  /** Seals a value for one field of one event type: the envelope opens only as that field (see `Seal`). */
  const seal = (field: `${EventType}.${string}`, value: SealableJson) =>
    context.seal(command.relocationId, field, value);
  const accepted = state.acceptedMunicipality ?? '';
  switch (command.type) {
    case 'InitiateRelocation': {
      const { person, household, needs, urgency, exclusionZones } = command.payload;
      return ok({
        type: 'RelocationInitiated',
        data: {
          relocationId: command.relocationId,
          sendingMunicipalityCode: municipalityCodeOf(command.actor.organisationId) ?? '',
          urgency,
          household,
          needs: [...needs].sort(),
          exclusionZones,
          person: seal('RelocationInitiated.person', { ...person }),
          protectedIdentity: person.protectionLevel !== 'none',
          // A case opened here starts its own household; a renewed relocation carries the old one (renewal/).
          householdId: command.relocationId,
          previousRelocationId: null,
        },
      });
    }
    case 'RecordConsent':
      return ok({
        type: 'ConsentRecorded',
        data: {
          parties: [...command.payload.parties].sort(),
          consentDate: command.payload.consentDate,
          documentReference: seal('ConsentRecorded.documentReference', command.payload.documentReference),
        },
      });
    case 'WithdrawConsent':
      return ok({ type: 'ConsentWithdrawn', data: { withdrawnOn: command.payload.withdrawnOn } });
    case 'SubmitRelocation':
      return ok({ type: 'RelocationSubmitted', data: {} });
    case 'RecordThreatAssessment': {
      const { level, validUntil, exclusionZones, recommendation, policeCaseReference, track } =
        command.payload;
      return ok({
        type: 'ThreatAssessmentRecorded',
        data: {
          level,
          validUntil,
          exclusionZones,
          details: seal('ThreatAssessmentRecorded.details', { recommendation, policeCaseReference }),
          track: track ?? 'defector',
        },
      });
    }
    case 'ReassessThreat': {
      // After arrival reassessment belongs to the police region of the destination (docs/design.md §3.5).
      const destinationRegion = policeRegionOfMunicipality(state.acceptedMunicipality ?? '');
      if (policeRegionOf(command.actor.organisationId) !== destinationRegion) {
        return {
          ok: false,
          error: domainError(
            'NOT_DESTINATION_POLICE',
            'After arrival the police region of the destination reassesses the threat.',
          ),
        };
      }
      const { level, validUntil, recommendation, policeCaseReference, track } = command.payload;
      return ok({
        type: 'ThreatReassessed',
        data: {
          level,
          validUntil,
          track: track ?? state.policeTrack ?? 'defector',
          details: seal('ThreatReassessed.details', { recommendation, policeCaseReference }),
        },
      });
    }
    case 'EscalateThreat': {
      const effect = escalationEffect(
        state.status as SuspendableStatus,
        workflowContextOf(state),
        command.payload.exclusionZones,
      );
      return ok({
        type: 'ThreatEscalated',
        data: {
          exclusionZones: command.payload.exclusionZones,
          effect,
          reason: seal('ThreatEscalated.reason', command.payload.reason),
        },
      });
    }
    case 'ProposeReceivingMunicipality':
      return ok({
        type: 'ReceivingMunicipalityProposed',
        data: { municipalityCode: command.payload.municipalityCode },
      });
    case 'AcceptHandover': {
      const { housing, plannedMoveDate, contactPerson, address } = command.payload;
      return ok({
        type: 'HandoverAccepted',
        data: {
          municipalityCode: state.proposedMunicipality ?? '',
          housingType: housing.type,
          providerId: housing.type === 'protectedHousing' ? housing.providerId : null,
          plannedMoveDate,
          receptionPlan: seal('HandoverAccepted.receptionPlan', {
            contactPerson: { ...contactPerson },
            address: address ?? null,
          }),
        },
      });
    }
    case 'DeclineHandover':
      return ok({
        type: 'HandoverDeclined',
        data: {
          municipalityCode: state.proposedMunicipality ?? '',
          reasonCategory: command.payload.reasonCategory,
          reason: seal('HandoverDeclined.reason', command.payload.reason),
        },
      });
    case 'GrantDestinationClearance':
      return ok({
        type: 'DestinationClearanceGranted',
        data: {
          municipalityCode: accepted,
          reason: seal('DestinationClearanceGranted.reason', command.payload.reason),
        },
      });
    case 'RefuseDestinationClearance':
      return ok({
        type: 'DestinationClearanceRefused',
        data: {
          municipalityCode: accepted,
          reason: seal('DestinationClearanceRefused.reason', command.payload.reason),
        },
      });
    case 'ConfirmArrival': {
      // Arrival does not move responsibility (docs/design.md §3.1): the receiving municipality becomes the
      // vistelsekommun, and a placement in protected housing is paid by the municipality responsible for the case.
      // After a direct placement (§3.3) both entries come from the placement: the placing municipality pays.
      const arrivedOn = command.payload.arrivedOn;
      const placement = state.directPlacement;
      const source = placement === null ? 'arrival' : 'directPlacement';
      const drafts: EventDraft[] = [
        { type: 'ArrivalConfirmed', data: { municipalityCode: accepted, arrivedOn } },
        {
          type: 'LedgerEntryRecorded',
          data: { entry: 'vistelsekommun', municipalityCode: accepted, since: arrivedOn, source },
        },
      ];
      if (state.acceptedHousingType === 'protectedHousing' || placement !== null) {
        drafts.push({
          type: 'LedgerEntryRecorded',
          data: {
            entry: 'placingMunicipality',
            municipalityCode: placement?.placingMunicipalityCode ?? state.responsibleMunicipality ?? '',
            since: arrivedOn,
            source,
          },
        });
      }
      // Arrival owes a school placement for every school-age child (docs/design.md §3.2).
      drafts.push(...schoolPlacementsOwed(state, arrivedOn, context));
      return ok(...drafts);
    }
    case 'RecordFollowUp':
      if (state.followUpsRecorded.includes(command.payload.month)) {
        return {
          ok: false,
          error: domainError(
            'FOLLOW_UP_ALREADY_RECORDED',
            `The ${command.payload.month}-month follow-up is already recorded.`,
          ),
        };
      }
      return ok({
        type: 'FollowUpRecorded',
        data: { month: command.payload.month, notes: seal('FollowUpRecorded.notes', command.payload.notes) },
      });
    case 'CloseCase':
      return ok({
        type: 'CaseClosed',
        data: {
          outcome: command.payload.outcome,
          notes: command.payload.notes === undefined ? null : seal('CaseClosed.notes', command.payload.notes),
        },
      });
    case 'SuspendCase': {
      const now = Date.parse(context.now);
      return ok({
        type: 'CaseSuspended',
        data: {
          suspendedFrom: state.status as SuspendableStatus,
          reason: seal('CaseSuspended.reason', command.payload.reason),
          // The transfer's deadlines are statutory and run on (see transferStageOfDeadlineKind).
          paused: state.deadlines
            .filter((d) => statusOfDeadlineKind[d.kind] !== undefined)
            .map((d) => ({
              kind: d.kind,
              ownerOrganisationId: d.ownerOrganisationId,
              remainingMs: Math.max(0, Date.parse(d.dueAt) - now),
            })),
        },
      });
    }
    case 'ResumeCase':
      return ok({
        type: 'CaseResumed',
        data: {
          resumedTo: state.suspendedFrom ?? 'matching',
          reason: seal('CaseResumed.reason', command.payload.reason),
        },
      });
    case 'AbortRelocation':
      return ok({
        type: 'RelocationAborted',
        data: { reason: seal('RelocationAborted.reason', command.payload.reason) },
      });
    case 'ExtendDeadline':
    case 'MarkDeadlineMissed':
    case 'RaiseEscalation':
      return deadlineCommandEvents(command, state, context);
    case 'AssignHandler':
    case 'UnassignHandler':
      return handlerCommandEvents(command, state);
    case 'EraseCase':
      return ok({ type: 'CaseErased', data: { reason: command.payload.reason } });
    case 'PlaceDirectly':
      return ok({
        type: 'PlacedDirectly',
        data: {
          municipalityCode: command.payload.municipalityCode,
          placingMunicipalityCode: state.responsibleMunicipality ?? '',
          unitId: command.payload.unitId,
          plannedMoveDate: command.payload.plannedMoveDate,
          reason: seal('PlacedDirectly.reason', command.payload.reason),
        },
      });
    case 'AcknowledgeDirectPlacement': {
      const placement = state.directPlacement;
      if (placement === null) {
        return {
          ok: false,
          error: domainError('NOT_A_DIRECT_PLACEMENT', 'This case has no direct placement to acknowledge.'),
        };
      }
      if (placement.acknowledged) {
        return {
          ok: false,
          error: domainError('ALREADY_ACKNOWLEDGED', 'The direct placement is already acknowledged.'),
        };
      }
      return ok({
        type: 'DirectPlacementAcknowledged',
        data: { municipalityCode: placement.municipalityCode },
      });
    }
    case 'RecordLocationCompromised':
      return locationCompromisedEvents(command, state, context);
    case 'RecordOutcome': {
      const { month, outcome, notes } = command.payload;
      if (state.arrivedOn === null) {
        return {
          ok: false,
          error: domainError('NOT_ARRIVED', 'An outcome is recorded after the person has arrived.'),
        };
      }
      if ((state.outcomesRecorded ?? []).includes(month)) {
        return {
          ok: false,
          error: domainError('OUTCOME_ALREADY_RECORDED', `The ${month}-month outcome is already recorded.`),
        };
      }
      return ok({
        type: 'OutcomeRecorded',
        data: {
          month,
          outcome,
          notes: notes === undefined ? null : seal('OutcomeRecorded.notes', notes),
        },
      });
    }
    case 'ChangeIdentity': {
      const { name, personalIdentityNumber, decidedOn } = command.payload;
      return ok({
        type: 'IdentityChanged',
        data: {
          identity: seal('IdentityChanged.identity', {
            name,
            personalIdentityNumber,
            protectionLevel: 'assumedIdentity',
            decidedOn,
          }),
        },
      });
    }
    case 'RequestTransfer':
    case 'AgreeTransfer':
    case 'RefuseTransfer':
    case 'RecordIvoApplication':
    case 'RecordIvoDecision':
    case 'RecordIvoAppeal':
    case 'RecordIvoDecisionFinal':
    case 'RecordPersonSettled':
      return transferCommandEvents(command, state, context);
    case 'AddHouseholdMember':
    case 'RemoveHouseholdMember':
    case 'RecordChildView':
    case 'RecordChildImpactAssessment':
    case 'RecordChildPlacementApplication':
    case 'RecordChildPlacementDecision':
    case 'RecordSchoolPlacement':
      return householdCommandEvents(command, state, context);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
