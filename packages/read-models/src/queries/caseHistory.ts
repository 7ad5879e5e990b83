import {
  decodeRelocationEvent,
  isUnsealedV1Text,
  sealedEnvelopeSchema,
  type Actor,
  type DomainEvent,
  type SealedEnvelope,
  type UnsealedV1Text,
} from '@relocation/domain';
import type { EventStore } from '@relocation/event-store';
import type { CaseRecord } from '../projector/caseRecord.ts';

/** A personal field as the history keeps it: sealed, or free text a version 1 event stored in clear. */
export type PersonalField = SealedEnvelope | UnsealedV1Text;

/** One row of the audit timeline: what changed in plain (non-personal) fields, and the sealed fields as sealed. */
export interface HistoryEntry {
  readonly relocationId: string;
  readonly revision: number;
  readonly globalPosition: bigint;
  readonly eventId: string;
  readonly type: DomainEvent['type'];
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly changes: Readonly<Record<string, unknown>>;
  /**
   * Sealed fields (and clear free text of version 1 events); null up to the case's erasure (the field names
   * stay, so the timeline still shows that something was there).
   */
  readonly sealed: Readonly<Record<string, PersonalField | null>>;
}

/**
 * Splits an event's data: every field holding a sealed envelope (identity, threat details, reception plan, free
 * text) goes to `sealed` untouched, and so does free text a version 1 event held in clear (so that erasure purges
 * it like the rest); everything else goes to `changes`. The domain keeps personal data only in envelopes, so
 * `changes` holds none.
 */
export function historyEntryOf(
  event: DomainEvent,
  at: { readonly relocationId: string; readonly revision: number; readonly position: bigint },
): HistoryEntry {
  const changes: Record<string, unknown> = {};
  const sealed: Record<string, PersonalField> = {};
  for (const [field, value] of Object.entries(event.data)) {
    // Only an object with the field each requires can be either: checked first, as a failed schema parse is
    // costly.
    const envelope = hasField(value, 'ct') ? sealedEnvelopeSchema.safeParse(value) : undefined;
    if (envelope?.success === true) sealed[field] = envelope.data;
    else if (hasField(value, 'unsealedV1') && isUnsealedV1Text(value)) sealed[field] = value;
    else changes[field] = value;
  }
  return {
    relocationId: at.relocationId,
    revision: at.revision,
    globalPosition: at.position,
    eventId: event.metadata.eventId,
    type: event.type,
    // To the millisecond, in UTC, as every other instant the API answers with.
    occurredAt: new Date(event.metadata.occurredAt).toISOString(),
    actor: event.metadata.actor,
    changes,
    sealed,
  };
}

const hasField = (value: unknown, field: string): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, field);

/**
 * A case's timeline in revision order, read from its stream in the event store up to the revision its row
 * reflects (`record`, as the caller read it), so that the timeline and the case it is shown with agree. Each event
 * becomes one entry (`historyEntryOf`); every entry up to the case's (last) CaseErased has its sealed fields
 * purged: the names stay, each value is null.
 *
 * The timeline was a table of its own, a copy of every event written by the projector (issue 17): two fifths of a
 * rebuild's work, for what the event store serves by the stream, which it is built to read.
 */
export async function historyOfCase(store: EventStore, record: CaseRecord): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  const last = record.state.revision;
  let erased = 0;
  if (last < 0) return entries;
  // Revisions start at 0 and have no gaps: the first `last + 1` events are those up to `last`.
  for await (const recorded of store.readStream(record.streamName, { maxCount: last + 1 })) {
    const event = decodeRelocationEvent(recorded);
    entries.push(
      historyEntryOf(event, {
        relocationId: record.relocationId,
        revision: recorded.revision,
        position: recorded.globalPosition,
      }),
    );
    if (event.type === 'CaseErased') erased = entries.length;
  }
  for (let index = 0; index < erased; index += 1) {
    const entry = entries[index] as HistoryEntry;
    entries[index] = { ...entry, sealed: purgedSealed(entry.sealed) };
  }
  return entries;
}

/** The sealed fields after an erasure: the same names, every value null. */
const purgedSealed = (sealed: HistoryEntry['sealed']): Readonly<Record<string, PersonalField | null>> =>
  Object.fromEntries(Object.keys(sealed).map((field) => [field, null]));
