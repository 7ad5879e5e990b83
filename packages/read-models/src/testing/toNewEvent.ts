import type { DomainEvent } from '@relocation/domain';
import type { Json, NewEvent } from '@relocation/event-store';

/**
 * A domain event as the command side stores it: the event id is the metadata's `eventId`, and the schema
 * `version` rides in the metadata beside who, when and why.
 */
export function toNewEvent(event: DomainEvent): NewEvent {
  return {
    id: event.metadata.eventId,
    type: event.type,
    data: event.data as unknown as Json,
    metadata: { ...event.metadata, version: event.version } as unknown as Record<string, Json>,
  };
}

export function streamNameOf(relocationId: string): string {
  return `relocation-${relocationId}`;
}
