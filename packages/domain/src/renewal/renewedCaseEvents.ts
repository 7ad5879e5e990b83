import type { DomainEvent, EventOf } from '../events/event.ts';
import { eventVersions } from '../events/event.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import type { EventType } from '../events/eventData.ts';
import { evolve } from '../evolve.ts';
import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import { municipalityCodeOf, policeRegionOf } from '../schemas/actor.ts';
import type { SealedEnvelope, UnsealedV1Text } from '../schemas/sealed.ts';
import { initialState } from '../state/state.ts';

/**
 * Opens a value sealed in the old case (or takes a version 1 text stored in clear) and seals it again under the
 * renewed case's key, bound to the field it now stands in. Injected by the API (it holds both cases' keys); tests
 * use the reversible fake.
 */
export type Reseal = (
  value: SealedEnvelope | UnsealedV1Text,
  from: { readonly relocationId: string; readonly field: string },
  to: { readonly relocationId: string; readonly field: string },
) => SealedEnvelope;

/** The renewed case: its id and its first events, in order, ready to append to a new stream. */
export interface RenewedCase {
  readonly relocationId: string;
  readonly previousRelocationId: string;
  readonly events: readonly DomainEvent[];
}

/**
 * The sealed fields a renewed relocation carries from the old case, each re-sealed under the new case's key: the
 * person's identity and the consent's document reference. To carry another envelope (a household member's
 * identity, say), carry its event in `carriedDraft` below and list the field here.
 */
export const carriedEnvelopeFields = [
  'RelocationInitiated.person',
  'ConsentRecorded.documentReference',
  'IdentityChanged.identity',
  'HouseholdMemberAdded.identity',
  'HouseholdMemberAdded.consent',
] as const satisfies readonly `${EventType}.${string}`[];

/**
 * The linked case that relocates a household again after its location was compromised (docs/design.md §3.4): a
 * pure function of the old case's events up to and including its `LocationCompromised`, so writing it again
 * (after a crash between the two appends) gives the same case. Nothing is typed again:
 * - RelocationInitiated: sent from the compromised municipality (where the household lives, its vistelsekommun),
 *   the same household id, household, needs and identity (re-sealed), the old case's exclusion zones plus the
 *   compromised zone, the urgency the compromise named, the old case's id, and its responsible municipality and
 *   bosättningskommun (responsibility does not move with the household);
 * - the person's consent as recorded in the old case (parties, date, re-sealed reference): the old case was in
 *   follow-up, so no consent had been withdrawn;
 * - HandlerAssigned for the old case's handlers in the organisations that take part in the new one (the
 *   compromised municipality, the responsible one and the compromised municipality's police region), and for the
 *   recording caseworker of that municipality.
 * Every event carries the compromise's actor, time, correlation and causation (the command's id).
 */
export function renewedCaseEvents(
  previous: readonly DomainEvent[],
  reseal: Reseal,
  newId: () => string,
): RenewedCase | null {
  const compromised = previous.findLast(
    (event): event is EventOf<'LocationCompromised'> => event.type === 'LocationCompromised',
  );
  const initiated = previous.find(
    (event): event is EventOf<'RelocationInitiated'> => event.type === 'RelocationInitiated',
  );
  if (compromised === undefined || initiated === undefined) return null;
  const from = initiated.data.relocationId;
  const to = compromised.data.renewedRelocationId;
  const sending = compromised.data.municipalityCode;
  const carry = (value: SealedEnvelope | UnsealedV1Text, field: (typeof carriedEnvelopeFields)[number]) =>
    reseal(value, { relocationId: from, field }, { relocationId: to, field });
  const before = previous.slice(0, previous.indexOf(compromised)).reduce(evolve, initialState());

  const zones = [...before.exclusionZones];
  const zone = compromised.data.exclusionZone;
  if (!zones.some((z) => z.kind === zone.kind && z.code === zone.code)) zones.push(zone);
  const drafts: EventDraft[] = [
    {
      type: 'RelocationInitiated',
      data: {
        relocationId: to,
        sendingMunicipalityCode: sending,
        urgency: compromised.data.urgency,
        household: initiated.data.household,
        needs: [...initiated.data.needs],
        exclusionZones: zones,
        person: carry(initiated.data.person, 'RelocationInitiated.person'),
        protectedIdentity: initiated.data.protectedIdentity ?? false,
        householdId: before.householdId ?? from,
        previousRelocationId: from,
        // Responsibility does not move with the household (docs/design.md §3.1): the old case's ledger says who has it.
        ...(before.ledger.responsible === null
          ? {}
          : {
              carriedResponsibility: {
                responsible: before.ledger.responsible,
                bosattningskommun: before.ledger.bosattningskommun,
              },
            }),
      },
    },
  ];
  for (const event of previous.slice(0, previous.indexOf(compromised))) {
    const draft = carriedDraft(event, carry);
    if (draft !== null) drafts.push(draft);
  }
  const region = policeRegionOfMunicipality(sending);
  const responsible = before.responsibleMunicipality;
  const takesPart = (organisationId: string): boolean =>
    municipalityCodeOf(organisationId) === sending ||
    (responsible !== null && municipalityCodeOf(organisationId) === responsible) ||
    (region !== undefined && policeRegionOf(organisationId) === region);
  const handlers = [...before.handlers];
  const actor = compromised.metadata.actor;
  if (municipalityCodeOf(actor.organisationId) === sending) handlers.push(actor);
  const assigned = new Set<string>();
  for (const handler of handlers) {
    const key = JSON.stringify([handler.organisationId, handler.userId]);
    if (!takesPart(handler.organisationId) || assigned.has(key)) continue;
    assigned.add(key);
    drafts.push({
      type: 'HandlerAssigned',
      data: { organisationId: handler.organisationId, userId: handler.userId },
    });
  }

  const events = drafts.map(
    (draft): DomainEvent =>
      ({
        type: draft.type,
        version: eventVersions[draft.type],
        data: draft.data,
        metadata: {
          eventId: newId(),
          occurredAt: compromised.metadata.occurredAt,
          actor,
          correlationId: compromised.metadata.correlationId,
          causationId: compromised.metadata.causationId,
        },
      }) as DomainEvent,
  );
  return { relocationId: to, previousRelocationId: from, events };
}

/**
 * The old case's events the renewed case takes over besides its initiation and handlers. Each event type is named,
 * so a new one (a household member added) is a decision made here, not forgotten.
 */
function carriedDraft(
  event: DomainEvent,
  carry: (
    value: SealedEnvelope | UnsealedV1Text,
    field: (typeof carriedEnvelopeFields)[number],
  ) => SealedEnvelope,
): EventDraft | null {
  switch (event.type) {
    case 'ConsentRecorded':
      return {
        type: 'ConsentRecorded',
        data: {
          parties: [...event.data.parties],
          consentDate: event.data.consentDate,
          documentReference: carry(event.data.documentReference, 'ConsentRecorded.documentReference'),
        },
      };
    // An assumed identity stays the person's: the new case knows the current identity, and its assigned handlers
    // (only they) that it changed, as in the old case (docs/design.md §5).
    case 'IdentityChanged':
      return {
        type: 'IdentityChanged',
        data: { identity: carry(event.data.identity, 'IdentityChanged.identity') },
      };
    // The household moves on together (docs/design.md §3.2): each member with their own identity and consent,
    // re-sealed; members taken off stay off.
    case 'HouseholdMemberAdded':
      return {
        type: 'HouseholdMemberAdded',
        data: {
          ...event.data,
          identity: carry(event.data.identity, 'HouseholdMemberAdded.identity'),
          consent: carry(event.data.consent, 'HouseholdMemberAdded.consent'),
        },
      };
    case 'HouseholdMemberRemoved':
      return { type: 'HouseholdMemberRemoved', data: { memberId: event.data.memberId } };
    // Taken over otherwise (initiation, handlers) or belonging to the old move only. A child's view, the impact
    // assessments, the court's matter and the school belong to the old move: the new move hears the children,
    // assesses it for them and, if need be, goes to the court again.
    case 'ChildViewRecorded':
    case 'ChildImpactAssessmentRecorded':
    case 'ChildPlacementApplicationRecorded':
    case 'ChildPlacementDecisionRecorded':
    case 'SchoolPlacementRequired':
    case 'SchoolPlacementRecorded':
    case 'RelocationInitiated':
    case 'HandlerAssigned':
    case 'HandlerUnassigned':
    case 'ConsentWithdrawn':
    case 'RelocationSubmitted':
    case 'ThreatAssessmentRecorded':
    case 'ThreatEscalated':
    case 'ReceivingMunicipalityProposed':
    case 'HandoverAccepted':
    case 'HandoverDeclined':
    case 'DestinationClearanceGranted':
    case 'DestinationClearanceRefused':
    case 'ArrivalConfirmed':
    case 'ResponsibilityTransferred':
    case 'PersonSettled':
    case 'LedgerEntryRecorded':
    case 'TransferRequested':
    case 'TransferAgreed':
    case 'TransferRefused':
    case 'IvoApplicationRecorded':
    case 'IvoDecisionRecorded':
    case 'IvoDecisionAppealed':
    case 'IvoDecisionBecameFinal':
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
    case 'CaseErased':
    case 'PlacedDirectly':
    case 'DirectPlacementAcknowledged':
    case 'ThreatReassessed':
    case 'LocationCompromised':
    case 'OutcomeRecorded':
      return null;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
