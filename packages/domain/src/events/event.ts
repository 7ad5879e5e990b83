import { z } from 'zod';
import { eventDataSchemas } from './eventData.ts';
import type { EventData, EventType } from './eventData.ts';
import { eventMetadataSchema } from './metadata.ts';
import type { EventMetadata } from './metadata.ts';

/** Every event type is at version 1; a later change of shape adds a version and an upcaster beside this file. */
export const currentEventVersion = 1 as const;

export type EventOf<T extends EventType> = {
  readonly type: T;
  readonly version: typeof currentEventVersion;
  readonly data: EventData<T>;
  readonly metadata: EventMetadata;
};

export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

function eventSchemaOf<T extends EventType>(type: T) {
  return z
    .object({
      type: z.literal(type),
      version: z.literal(currentEventVersion),
      data: eventDataSchemas[type],
      metadata: eventMetadataSchema,
    })
    .strict();
}

/** Validates a stored event (adapters parse what they read back before `evolve` sees it). */
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
]);
