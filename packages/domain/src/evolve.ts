import type { DomainEvent } from './events/event.ts';
import { initialState } from './state/state.ts';
import type { CaseHandler, OpenDeadline, RelocationState, TransferMatter } from './state/state.ts';
import type { HouseholdMember } from './state/householdMember.ts';
import { swedishDateOf } from './calendar/index.ts';

const byHandler = (a: CaseHandler, b: CaseHandler): number =>
  a.organisationId === b.organisationId
    ? a.userId.localeCompare(b.userId)
    : a.organisationId.localeCompare(b.organisationId);

const sameHandler = (a: CaseHandler, b: CaseHandler): boolean =>
  a.organisationId === b.organisationId && a.userId === b.userId;

function withHandler(handlers: readonly CaseHandler[], handler: CaseHandler): CaseHandler[] {
  if (handlers.some((h) => sameHandler(h, handler))) return [...handlers];
  return [...handlers, { organisationId: handler.organisationId, userId: handler.userId }].sort(byHandler);
}

/** The Stockholm calendar date of an instant (the ledger's dates are Swedish dates). */
const swedishDate = swedishDateOf;

const opened = (municipalityCode: string, occurredAt: string) => ({
  municipalityCode,
  since: swedishDate(occurredAt),
  source: 'caseOpened' as const,
});

function withTransfer(state: RelocationState, change: Partial<TransferMatter>): TransferMatter | null {
  return state.transfer === null ? null : { ...state.transfer, ...change };
}

const withItem = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

function updateDeadline(
  state: RelocationState,
  deadlineId: string,
  change: (deadline: OpenDeadline) => OpenDeadline,
): readonly OpenDeadline[] {
  return state.deadlines.map((d) => (d.deadlineId === deadlineId ? change(d) : d));
}

function updateMember(
  state: RelocationState,
  memberId: string,
  change: (member: HouseholdMember) => HouseholdMember,
): readonly HouseholdMember[] {
  return state.householdMembers.map((m) => (m.memberId === memberId ? change(m) : m));
}

/**
 * The state after one more event. Total and deterministic: it never throws, reads nothing but its arguments, and
 * an event that refers to something unknown (a deadline already closed, say) leaves that part unchanged.
 */
export function evolve(state: RelocationState, event: DomainEvent): RelocationState {
  const next = apply(state, event);
  if (next === state) return { ...state, revision: state.revision + 1 };
  // Every other state `apply` returns is a copy of its own making, not yet seen by anyone: it takes the revision
  // in place rather than being copied once more (a rebuild folds millions of events).
  (next as { revision: number }).revision = state.revision + 1;
  return next;
}

function apply(state: RelocationState, event: DomainEvent): RelocationState {
  switch (event.type) {
    case 'RelocationInitiated':
      return {
        ...state,
        status: 'draft',
        relocationId: event.data.relocationId,
        sendingMunicipality: event.data.sendingMunicipalityCode,
        responsibleMunicipality:
          event.data.carriedResponsibility?.responsible.municipalityCode ??
          event.data.sendingMunicipalityCode,
        ledger:
          event.data.carriedResponsibility === undefined
            ? {
                ...state.ledger,
                responsible: opened(event.data.sendingMunicipalityCode, event.metadata.occurredAt),
                bosattningskommun: opened(event.data.sendingMunicipalityCode, event.metadata.occurredAt),
              }
            : {
                // A renewed relocation: responsibility stays where it was; the household stays where it moves from.
                ...state.ledger,
                responsible: event.data.carriedResponsibility.responsible,
                bosattningskommun: event.data.carriedResponsibility.bosattningskommun,
                vistelsekommun: {
                  ...opened(event.data.sendingMunicipalityCode, event.metadata.occurredAt),
                  source: 'renewedRelocation',
                },
              },
        urgency: event.data.urgency,
        exclusionZones: [...event.data.exclusionZones],
        protectedIdentity: event.data.protectedIdentity ?? false,
        householdId: event.data.householdId,
        previousRelocationId: event.data.previousRelocationId,
        // A renewed relocation names its handlers with HandlerAssigned events (renewal/renewedCaseEvents.ts): the
        // officer or caseworker who recorded the compromise is not made a handler by it.
        handlers: event.data.previousRelocationId === null ? withHandler([], event.metadata.actor) : [],
      };
    case 'ConsentRecorded':
      return { ...state, consents: [...new Set([...state.consents, ...event.data.parties])].sort() };
    case 'ConsentWithdrawn':
      return { ...state, status: 'withdrawn', consents: [], suspendedFrom: null, pausedDeadlines: [] };
    case 'RelocationSubmitted':
      return { ...state, status: 'threatAssessment' };
    case 'ThreatAssessmentRecorded':
      return {
        ...state,
        status: 'matching',
        threatLevel: event.data.level,
        policeTrack: event.data.track,
        threatValidUntil: event.data.validUntil,
        exclusionZones: [...state.exclusionZones, ...event.data.exclusionZones],
      };
    case 'ThreatReassessed':
      return {
        ...state,
        threatLevel: event.data.level,
        policeTrack: event.data.track,
        threatValidUntil: event.data.validUntil,
      };
    case 'ThreatEscalated': {
      const zones = [...state.exclusionZones, ...event.data.exclusionZones];
      switch (event.data.effect) {
        case 'reassessment':
          return { ...state, status: 'threatAssessment', exclusionZones: zones, proposedMunicipality: null };
        case 'acceptanceLapsed':
          return {
            ...state,
            status: 'matching',
            exclusionZones: zones,
            acceptedMunicipality: null,
            acceptedHousingType: null,
            directPlacement: null,
            plannedMoveDate: null,
            cleared: false,
          };
        case 'clearanceRequired':
          return { ...state, status: 'destinationClearance', exclusionZones: zones, cleared: false };
        default: {
          const _exhaustive: never = event.data.effect;
          return _exhaustive;
        }
      }
    }
    case 'ReceivingMunicipalityProposed':
      return {
        ...state,
        status: 'awaitingReceiverDecision',
        proposedMunicipality: event.data.municipalityCode,
        // Every child's impact assessment is needed again before this proposal is accepted (§3.2).
        householdMembers: state.householdMembers.map((m) =>
          m.impactAssessedForAcceptance ? { ...m, impactAssessedForAcceptance: false } : m,
        ),
      };
    case 'HandoverAccepted':
      return {
        ...state,
        status: 'destinationClearance',
        proposedMunicipality: null,
        acceptedMunicipality: event.data.municipalityCode,
        acceptedHousingType: event.data.housingType,
        plannedMoveDate: event.data.plannedMoveDate,
        cleared: false,
      };
    case 'HandoverDeclined':
      return {
        ...state,
        status: 'matching',
        proposedMunicipality: null,
        declined: withItem(state.declined, event.data.municipalityCode),
      };
    case 'DestinationClearanceGranted':
      return { ...state, status: 'awaitingArrival', cleared: true };
    case 'DestinationClearanceRefused':
      return {
        ...state,
        status: 'matching',
        acceptedMunicipality: null,
        acceptedHousingType: null,
        directPlacement: null,
        plannedMoveDate: null,
        cleared: false,
        refused: withItem(state.refused, event.data.municipalityCode),
      };
    case 'ArrivalConfirmed':
      return { ...state, status: 'followUp', arrivedOn: event.data.arrivedOn };
    case 'ResponsibilityTransferred': {
      const since = event.data.effectiveFrom ?? swedishDate(event.metadata.occurredAt);
      const moved = { municipalityCode: event.data.toMunicipalityCode, since, source: event.data.source };
      const settles = state.transfer?.toMunicipalityCode === event.data.toMunicipalityCode;
      return {
        ...state,
        responsibleMunicipality: event.data.toMunicipalityCode,
        ledger: { ...state.ledger, responsible: moved },
        transfer: settles || event.data.source !== 'personSettled' ? null : state.transfer,
      };
    }
    case 'PersonSettled':
      return {
        ...state,
        ledger: {
          ...state.ledger,
          bosattningskommun: {
            municipalityCode: event.data.municipalityCode,
            since: event.data.settledOn,
            source: 'personSettled',
          },
        },
      };
    case 'LedgerEntryRecorded': {
      const { entry, municipalityCode, since, source } = event.data;
      return { ...state, ledger: { ...state.ledger, [entry]: { municipalityCode, since, source } } };
    }
    case 'TransferRequested':
      return {
        ...state,
        transfer: {
          fromMunicipalityCode: event.data.fromMunicipalityCode,
          toMunicipalityCode: event.data.toMunicipalityCode,
          stage: 'requested',
          requestedOn: event.data.requestedOn,
          effectiveFrom: null,
          ivoAppliedOn: null,
          ivoResponsibleMunicipalityCode: null,
          ivoDecisionReceivedOn: null,
          appealUntil: null,
        },
      };
    case 'TransferAgreed':
      return {
        ...state,
        transfer: withTransfer(state, { stage: 'agreed', effectiveFrom: event.data.effectiveFrom }),
        ledger:
          event.data.costAgreement === null
            ? state.ledger
            : { ...state.ledger, costAgreement: { ...event.data.costAgreement, source: 'transferAgreed' } },
      };
    case 'TransferRefused':
      return { ...state, transfer: withTransfer(state, { stage: 'refused' }) };
    case 'IvoApplicationRecorded':
      return {
        ...state,
        transfer: withTransfer(state, { stage: 'ivoApplied', ivoAppliedOn: event.data.appliedOn }),
      };
    case 'IvoDecisionRecorded':
      return {
        ...state,
        transfer: withTransfer(state, {
          stage: 'ivoDecided',
          ivoResponsibleMunicipalityCode: event.data.responsibleMunicipalityCode,
          ivoDecisionReceivedOn: event.data.receivedOn,
          appealUntil: event.data.appealUntil,
        }),
      };
    case 'IvoDecisionAppealed':
      return { ...state, transfer: withTransfer(state, { stage: 'ivoAppealed' }) };
    case 'IvoDecisionBecameFinal':
      // Responsibility itself moves by the ResponsibilityTransferred that follows when the decision names the other
      // municipality; a decision that leaves it where it is ends the matter here.
      return { ...state, transfer: null };
    case 'FollowUpRecorded':
      return { ...state, followUpsRecorded: withItem(state.followUpsRecorded, event.data.month) };
    case 'CaseClosed':
      return { ...state, status: 'closed' };
    case 'LocationCompromised':
      return { ...state, renewedRelocationId: event.data.renewedRelocationId };
    case 'CaseSuspended':
      return {
        ...state,
        status: 'suspended',
        suspendedFrom: event.data.suspendedFrom,
        pausedDeadlines: event.data.paused.map((p) => ({ ...p })),
      };
    case 'CaseResumed':
      return { ...state, status: event.data.resumedTo, suspendedFrom: null, pausedDeadlines: [] };
    case 'RelocationAborted':
      return { ...state, status: 'aborted', suspendedFrom: null, pausedDeadlines: [] };
    case 'DeadlineScheduled':
      return {
        ...state,
        deadlines: [
          ...state.deadlines.filter((d) => d.deadlineId !== event.data.deadlineId),
          {
            deadlineId: event.data.deadlineId,
            kind: event.data.kind,
            ownerOrganisationId: event.data.ownerOrganisationId,
            dueAt: event.data.dueAt,
            escalateAt: event.data.escalateAt,
            missed: false,
            escalationLevel: 0,
          },
        ],
      };
    case 'DeadlineMet':
    case 'DeadlineCancelled':
      return { ...state, deadlines: state.deadlines.filter((d) => d.deadlineId !== event.data.deadlineId) };
    case 'DeadlineExtended':
      return {
        ...state,
        deadlines: updateDeadline(state, event.data.deadlineId, (d) => ({
          ...d,
          dueAt: event.data.dueAt,
          escalateAt: event.data.escalateAt,
          missed: false,
          escalationLevel: 0,
        })),
      };
    case 'DeadlineMissed':
      return {
        ...state,
        deadlines: updateDeadline(state, event.data.deadlineId, (d) => ({ ...d, missed: true })),
      };
    case 'EscalationRaised':
      return {
        ...state,
        deadlines: updateDeadline(state, event.data.deadlineId, (d) => ({
          ...d,
          escalationLevel: Math.max(d.escalationLevel, event.data.level) as OpenDeadline['escalationLevel'],
        })),
      };
    case 'HandlerAssigned':
      return { ...state, handlers: withHandler(state.handlers, event.data) };
    case 'HandlerUnassigned':
      return { ...state, handlers: state.handlers.filter((h) => !sameHandler(h, event.data)) };
    case 'CaseErased':
      // The key is gone: the members' envelopes are unreadable, and no copy of them stays in the state.
      return {
        ...state,
        erased: true,
        householdMembers: state.householdMembers.map((m) => ({ ...m, identity: null })),
      };
    case 'PlacedDirectly':
      return {
        ...state,
        status: 'destinationClearance',
        acceptedMunicipality: event.data.municipalityCode,
        acceptedHousingType: null,
        directPlacement: {
          municipalityCode: event.data.municipalityCode,
          unitId: event.data.unitId,
          placingMunicipalityCode: event.data.placingMunicipalityCode,
          acknowledged: false,
        },
        plannedMoveDate: event.data.plannedMoveDate,
        cleared: false,
      };
    case 'DirectPlacementAcknowledged':
      return {
        ...state,
        directPlacement:
          state.directPlacement === null ? null : { ...state.directPlacement, acknowledged: true },
      };
    case 'OutcomeRecorded':
      return {
        ...state,
        outcomesRecorded: withItem(state.outcomesRecorded ?? [], event.data.month).sort((a, b) => a - b),
      };
    case 'IdentityChanged':
      // An assumed identity is protected: from now on only assigned handlers see the identity.
      return { ...state, protectedIdentity: true };
    case 'HouseholdMemberAdded':
      if (state.householdMembers.some((m) => m.memberId === event.data.memberId)) return state;
      return {
        ...state,
        householdMembers: [
          ...state.householdMembers,
          {
            memberId: event.data.memberId,
            role: event.data.role,
            birthYear: event.data.birthYear,
            protectedIdentity: event.data.protectedIdentity,
            guardianConsent: event.data.guardianConsent,
            identity: event.data.identity,
            court: 'none',
            impactAssessed: false,
            impactAssessedForAcceptance: false,
            viewRecorded: false,
            schoolPlacement: 'notRequired',
          },
        ],
      };
    case 'HouseholdMemberRemoved':
      return {
        ...state,
        householdMembers: state.householdMembers.filter((m) => m.memberId !== event.data.memberId),
      };
    case 'ChildViewRecorded':
      return {
        ...state,
        householdMembers: updateMember(state, event.data.memberId, (m) => ({ ...m, viewRecorded: true })),
      };
    case 'ChildImpactAssessmentRecorded':
      return {
        ...state,
        householdMembers: updateMember(state, event.data.memberId, (m) => ({
          ...m,
          impactAssessed: true,
          impactAssessedForAcceptance:
            m.impactAssessedForAcceptance || event.data.stage === 'beforeAcceptance',
        })),
      };
    case 'ChildPlacementApplicationRecorded':
      return {
        ...state,
        householdMembers: updateMember(state, event.data.memberId, (m) => ({ ...m, court: 'applied' })),
      };
    case 'ChildPlacementDecisionRecorded':
      return {
        ...state,
        householdMembers: updateMember(state, event.data.memberId, (m) => ({
          ...m,
          court: event.data.outcome,
        })),
      };
    case 'SchoolPlacementRequired':
      return {
        ...state,
        householdMembers: updateMember(state, event.data.memberId, (m) => ({
          ...m,
          schoolPlacement: 'required',
        })),
      };
    case 'SchoolPlacementRecorded':
      return {
        ...state,
        householdMembers: updateMember(state, event.data.memberId, (m) => ({
          ...m,
          schoolPlacement: 'placed',
        })),
      };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** Rebuilds a case from its events. */
export function replay(
  events: readonly DomainEvent[],
  from: RelocationState = initialState(),
): RelocationState {
  return events.reduce(evolve, from);
}
