import { parseStoredEvent, type DomainEvent } from '@relocation/domain';
import type { RecordedEvent } from '@relocation/event-store';

/** Thrown when a stored event is not a valid domain event: the projector stops rather than guess. */
export class UnreadableEventError extends Error {
  readonly code = 'UNREADABLE_EVENT';
  readonly globalPosition: bigint;

  constructor(event: RecordedEvent, reason: string) {
    super(
      `event ${event.id} (${event.type}) at position ${event.globalPosition} is not a domain event: ${reason}`,
    );
    this.name = 'UnreadableEventError';
    this.globalPosition = event.globalPosition;
  }
}

/**
 * The domain event a stored event holds. The command side stores the event's metadata with its schema `version`
 * beside it; that key is split off again here, older shapes are upcast and the whole is validated with the domain's schema.
 */
export function toDomainEvent(event: RecordedEvent): DomainEvent {
  // `request` (the idempotency fingerprint) and `traceparent` (the trace) belong to the command side, not the event.
  const { version, request: _request, traceparent: _traceparent, ...metadata } = event.metadata;
  const parsed = parseStoredEvent({
    type: event.type,
    version: typeof version === 'number' ? version : version === undefined ? 1 : Number.NaN,
    data: event.data,
    metadata,
  });
  if (!parsed.success) {
    // Only the paths of the problems, never the values: an event may hold sealed data.
    const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new UnreadableEventError(event, `invalid at ${paths}`);
  }
  return parsed.data;
}

/** The relocation id of a `relocation-<uuid>` stream, or null for another stream. */
export function relocationIdOfStream(streamName: string): string | null {
  const match = /^relocation-([0-9a-f-]{36})$/i.exec(streamName);
  return match?.[1]?.toLowerCase() ?? null;
}
