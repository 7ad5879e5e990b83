import { currentEventVersion, domainEventSchema } from '@relocation/domain';
import type { DomainEvent } from '@relocation/domain';
import type { Json, NewEvent, RecordedEvent } from '@relocation/event-store';
import { UnreadableEventError } from './errors.ts';

/**
 * A domain event as the store takes it: id = the event id, metadata = the version plus the event's metadata, and
 * with an idempotency key the fingerprint of the request (`request`, see `requestFingerprint`).
 */
export const toNewEvent = (event: DomainEvent, request?: string): NewEvent => ({
  id: event.metadata.eventId,
  type: event.type,
  data: event.data as unknown as Json,
  metadata: {
    version: event.version,
    ...(event.metadata as unknown as Record<string, Json>),
    ...(request === undefined ? {} : { request }),
  },
});

/** The request fingerprint stored with an event, if its command carried an idempotency key. */
export const requestOf = (recorded: RecordedEvent): string | undefined =>
  typeof recorded.metadata.request === 'string' ? recorded.metadata.request : undefined;

/** The domain event a stored event holds; throws `UnreadableEventError` when it does not parse. */
export const fromRecordedEvent = (recorded: RecordedEvent): DomainEvent => {
  const { version = currentEventVersion, request: _request, ...metadata } = recorded.metadata;
  const parsed = domainEventSchema.safeParse({ type: recorded.type, version, data: recorded.data, metadata });
  if (!parsed.success) {
    throw new UnreadableEventError(recorded.streamName, recorded.revision, { cause: parsed.error });
  }
  return parsed.data as DomainEvent;
};
