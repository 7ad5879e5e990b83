import { domainEventSchema, type DomainEvent } from '@relocation/domain';
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
 * beside it; that key is split off again here and the whole is validated with the domain's schema.
 */
export function toDomainEvent(event: RecordedEvent): DomainEvent {
  // `request` is the command side's idempotency fingerprint, not part of the domain event.
  const { version, request: _request, ...metadata } = event.metadata;
  const parsed = domainEventSchema.safeParse({
    type: event.type,
    version: version ?? 1,
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
