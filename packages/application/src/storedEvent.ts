import { parseStoredEvent } from '@relocation/domain';
import type { DomainEvent } from '@relocation/domain';
import type { Json, NewEvent, RecordedEvent } from '@relocation/event-store';
import { UnreadableEventError } from './errors.ts';

/**
 * A domain event as the store takes it: id = the event id, metadata = the version plus the event's metadata, with
 * an idempotency key the fingerprint of the request (`request`, see `requestFingerprint`), and while tracing the W3C
 * `traceparent` of the append, so that the projection and the Kafka publish continue the command's trace.
 */
export const toNewEvent = (event: DomainEvent, request?: string, traceparent?: string): NewEvent => ({
  id: event.metadata.eventId,
  type: event.type,
  data: event.data as unknown as Json,
  metadata: {
    version: event.version,
    ...(event.metadata as unknown as Record<string, Json>),
    ...(request === undefined ? {} : { request }),
    ...(traceparent === undefined ? {} : { traceparent }),
  },
});

/** The W3C trace context stored with an event, if it was appended while tracing. */
export const traceparentOf = (recorded: RecordedEvent): string | undefined =>
  typeof recorded.metadata.traceparent === 'string' ? recorded.metadata.traceparent : undefined;

/** The request fingerprint stored with an event, if its command carried an idempotency key. */
export const requestOf = (recorded: RecordedEvent): string | undefined =>
  typeof recorded.metadata.request === 'string' ? recorded.metadata.request : undefined;

/**
 * The domain event a stored event holds, upcast to the current shape (events written before the `version` key
 * existed are version 1); throws `UnreadableEventError` when it does not parse.
 */
export const fromRecordedEvent = (recorded: RecordedEvent): DomainEvent => {
  const { version = 1, request: _request, traceparent: _traceparent, ...metadata } = recorded.metadata;
  const parsed = parseStoredEvent({
    type: recorded.type,
    version: typeof version === 'number' ? version : Number.NaN,
    data: recorded.data,
    metadata,
  });
  if (!parsed.success) {
    throw new UnreadableEventError(recorded.streamName, recorded.revision, { cause: parsed.error });
  }
  return parsed.data as DomainEvent;
};
