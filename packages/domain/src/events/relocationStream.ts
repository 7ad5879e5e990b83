/**
 * The one codec between a case and its stream: the stream's name, the case id a stream name holds, and the domain
 * event a stored event holds (and back). Every reader and writer of case streams (the command side, the projector,
 * the relay, the API's change feed) goes through here, so they cannot disagree on which streams are cases.
 */
import type { Json, NewEvent, RecordedEvent } from '@relocation/event-store';
import type { DomainEvent } from './event.ts';
import { parseStoredEvent } from './upcasters.ts';

/**
 * Every case is one stream, `relocation-<uuid>`. Other streams share the prefix (KurrentDB's idempotency records
 * are `relocation-idempotency-<hash>`), so a stream is a case's only when the rest is a uuid.
 */
export const relocationStreamPrefix = 'relocation-';

const caseStreamPattern = /^relocation-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export const relocationStreamName = (relocationId: string): string =>
  `${relocationStreamPrefix}${relocationId}`;

/** The case id of a case stream (as the stream spells it), or null for any other stream. */
export function relocationIdOfStream(streamName: string): string | null {
  return caseStreamPattern.exec(streamName)?.[1] ?? null;
}

/** What the command side stores beside an event's own metadata; a reader of the event never sees it. */
export interface StoreMetadata {
  /** The fingerprint of the request, when the command carried an idempotency key. */
  readonly request?: string | undefined;
  /** The W3C trace context of the append, while tracing, so that the projection and the publish continue it. */
  readonly traceparent?: string | undefined;
}

/**
 * A domain event as the store takes it: id = the event id, metadata = the schema `version`, the event's metadata
 * and the `StoreMetadata` given.
 */
export function encodeRelocationEvent(event: DomainEvent, store: StoreMetadata = {}): NewEvent {
  return {
    id: event.metadata.eventId,
    type: event.type,
    data: event.data as unknown as Json,
    metadata: {
      version: event.version,
      ...(event.metadata as unknown as Record<string, Json>),
      ...(store.request === undefined ? {} : { request: store.request }),
      ...(store.traceparent === undefined ? {} : { traceparent: store.traceparent }),
    },
  };
}

/** The request fingerprint stored with an event, if its command carried an idempotency key. */
export const requestOf = (recorded: Pick<RecordedEvent, 'metadata'>): string | undefined =>
  typeof recorded.metadata.request === 'string' ? recorded.metadata.request : undefined;

/** A stored event as the codec reads it: a `RecordedEvent`, or one kept elsewhere (a fixture) without a position. */
export type StoredRelocationEvent = Pick<
  RecordedEvent,
  'id' | 'type' | 'data' | 'metadata' | 'streamName' | 'revision'
> & { readonly globalPosition?: bigint };

/**
 * A stored event that is not a valid domain event: the stream is damaged or newer than this code. The command
 * side refuses the command, the projector halts rather than guess, the relay and the change feed skip it. The
 * message names the event and the paths of the problems, never a value (an event may hold sealed data).
 */
export class UnreadableEventError extends Error {
  readonly code = 'UNREADABLE_EVENT';
  readonly streamName: string;
  readonly revision: number;
  readonly globalPosition: bigint | undefined;

  constructor(event: StoredRelocationEvent, reason: string, options?: ErrorOptions) {
    const at = event.globalPosition === undefined ? '' : ` at position ${event.globalPosition}`;
    super(
      `Event ${event.revision} of ${event.streamName} (${event.type}, id ${event.id}${at}) is not a known domain event: ${reason}.`,
      options,
    );
    this.name = 'UnreadableEventError';
    this.streamName = event.streamName;
    this.revision = event.revision;
    this.globalPosition = event.globalPosition;
  }
}

/**
 * The domain event a stored event holds, upcast to the current shape and validated with the domain's schema.
 * Events stored before the `version` key existed are version 1; the `StoreMetadata` keys are split off.
 */
export function decodeRelocationEvent(recorded: StoredRelocationEvent): DomainEvent {
  const { version = 1, request: _request, traceparent: _traceparent, ...metadata } = recorded.metadata;
  const parsed = parseStoredEvent({
    type: recorded.type,
    version: typeof version === 'number' ? version : Number.NaN,
    data: recorded.data,
    metadata,
  });
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new UnreadableEventError(recorded, `invalid at ${paths}`, { cause: parsed.error });
  }
  return parsed.data;
}
