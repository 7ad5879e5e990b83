import { z } from 'zod';
import { eventDataSchemas } from './eventData.ts';
import type { EventData, EventType } from './eventData.ts';
import { eventMetadataSchema } from './metadata.ts';
import type { EventMetadata } from './metadata.ts';

/**
 * The current version of each event type's shape. A change of shape raises the type's version and adds an upcaster
 * from the previous one (upcasters.ts); stored events keep the version they were written with.
 */
export const eventVersions = {
  /** 2: `householdId` and `previousRelocationId` (docs/design.md §3.4); version 1 reads as its own household. */
  RelocationInitiated: 2,
  /** 2: `documentReference` sealed. */
  ConsentRecorded: 2,
  ConsentWithdrawn: 1,
  RelocationSubmitted: 1,
  /** 2: `track` (defector or personSecurity); version 1 reads as defector. */
  ThreatAssessmentRecorded: 2,
  ThreatEscalated: 1,
  ReceivingMunicipalityProposed: 1,
  HandoverAccepted: 1,
  /** 2: categories noHousing, noCapacity, threatSituation, other. */
  HandoverDeclined: 2,
  DestinationClearanceGranted: 1,
  DestinationClearanceRefused: 1,
  ArrivalConfirmed: 1,
  /** 2: `source` and `effectiveFrom`. */
  ResponsibilityTransferred: 2,
  PersonSettled: 1,
  LedgerEntryRecorded: 1,
  TransferRequested: 1,
  TransferAgreed: 1,
  TransferRefused: 1,
  IvoApplicationRecorded: 1,
  IvoDecisionRecorded: 1,
  IvoDecisionAppealed: 1,
  IvoDecisionBecameFinal: 1,
  FollowUpRecorded: 1,
  CaseClosed: 1,
  CaseSuspended: 1,
  CaseResumed: 1,
  RelocationAborted: 1,
  DeadlineScheduled: 1,
  DeadlineMet: 1,
  DeadlineCancelled: 1,
  DeadlineExtended: 1,
  DeadlineMissed: 1,
  EscalationRaised: 1,
  HandlerAssigned: 1,
  HandlerUnassigned: 1,
  CaseErased: 1,
  PlacedDirectly: 1,
  DirectPlacementAcknowledged: 1,
  ThreatReassessed: 1,
  LocationCompromised: 1,
  IdentityChanged: 1,
  OutcomeRecorded: 1,
  HouseholdMemberAdded: 1,
  HouseholdMemberRemoved: 1,
  ChildViewRecorded: 1,
  ChildImpactAssessmentRecorded: 1,
  ChildPlacementApplicationRecorded: 1,
  ChildPlacementDecisionRecorded: 1,
  SchoolPlacementRequired: 1,
  SchoolPlacementRecorded: 1,
} as const satisfies Record<EventType, number>;

export type EventVersion<T extends EventType> = (typeof eventVersions)[T];

export type EventOf<T extends EventType> = {
  readonly type: T;
  readonly version: EventVersion<T>;
  readonly data: EventData<T>;
  readonly metadata: EventMetadata;
};

export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

function eventSchemaOf<T extends EventType>(type: T) {
  return z
    .object({
      type: z.literal(type),
      version: z.literal(eventVersions[type]),
      data: eventDataSchemas[type],
      metadata: eventMetadataSchema,
    })
    .strict();
}

/** Validates an event in its current shape (stored events go through `parseStoredEvent`, which upcasts first). */
export const domainEventSchema = z.discriminatedUnion('type', [
  eventSchemaOf('RelocationInitiated'),
  eventSchemaOf('ConsentRecorded'),
  eventSchemaOf('ConsentWithdrawn'),
  eventSchemaOf('RelocationSubmitted'),
  eventSchemaOf('ThreatAssessmentRecorded'),
  eventSchemaOf('ThreatEscalated'),
  eventSchemaOf('ReceivingMunicipalityProposed'),
  eventSchemaOf('HandoverAccepted'),
  eventSchemaOf('HandoverDeclined'),
  eventSchemaOf('DestinationClearanceGranted'),
  eventSchemaOf('DestinationClearanceRefused'),
  eventSchemaOf('ArrivalConfirmed'),
  eventSchemaOf('ResponsibilityTransferred'),
  eventSchemaOf('PersonSettled'),
  eventSchemaOf('LedgerEntryRecorded'),
  eventSchemaOf('TransferRequested'),
  eventSchemaOf('TransferAgreed'),
  eventSchemaOf('TransferRefused'),
  eventSchemaOf('IvoApplicationRecorded'),
  eventSchemaOf('IvoDecisionRecorded'),
  eventSchemaOf('IvoDecisionAppealed'),
  eventSchemaOf('IvoDecisionBecameFinal'),
  eventSchemaOf('FollowUpRecorded'),
  eventSchemaOf('CaseClosed'),
  eventSchemaOf('CaseSuspended'),
  eventSchemaOf('CaseResumed'),
  eventSchemaOf('RelocationAborted'),
  eventSchemaOf('DeadlineScheduled'),
  eventSchemaOf('DeadlineMet'),
  eventSchemaOf('DeadlineCancelled'),
  eventSchemaOf('DeadlineExtended'),
  eventSchemaOf('DeadlineMissed'),
  eventSchemaOf('EscalationRaised'),
  eventSchemaOf('HandlerAssigned'),
  eventSchemaOf('HandlerUnassigned'),
  eventSchemaOf('CaseErased'),
  eventSchemaOf('PlacedDirectly'),
  eventSchemaOf('DirectPlacementAcknowledged'),
  eventSchemaOf('ThreatReassessed'),
  eventSchemaOf('LocationCompromised'),
  eventSchemaOf('IdentityChanged'),
  eventSchemaOf('OutcomeRecorded'),
  eventSchemaOf('HouseholdMemberAdded'),
  eventSchemaOf('HouseholdMemberRemoved'),
  eventSchemaOf('ChildViewRecorded'),
  eventSchemaOf('ChildImpactAssessmentRecorded'),
  eventSchemaOf('ChildPlacementApplicationRecorded'),
  eventSchemaOf('ChildPlacementDecisionRecorded'),
  eventSchemaOf('SchoolPlacementRequired'),
  eventSchemaOf('SchoolPlacementRecorded'),
]);
