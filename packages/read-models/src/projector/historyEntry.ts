import {
  isUnsealedV1Text,
  sealedEnvelopeSchema,
  type Actor,
  type DomainEvent,
  type SealedEnvelope,
  type UnsealedV1Text,
} from '@relocation/domain';

/** A personal field as the history keeps it: sealed, or free text a version 1 event stored in clear. */
export type PersonalField = SealedEnvelope | UnsealedV1Text;
import { copyTextJson, type QuotedSchema, type SqlQueryable } from '@relocation/postgres';
import type { BulkWriteOptions } from './writePending.ts';

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
   * Sealed fields (and clear free text of version 1 events); null once the case is erased (CaseErased purges
   * them, the field names stay).
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
    // costly at the rate of a rebuild.
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
    occurredAt: event.metadata.occurredAt,
    actor: event.metadata.actor,
    changes,
    sealed,
  };
}

const hasField = (value: unknown, field: string): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, field);

/** The sealed fields after an erasure: the same names, every value null (`purgeHistory` in memory). */
export function purgedSealed(sealed: HistoryEntry['sealed']): Readonly<Record<string, PersonalField | null>> {
  return Object.fromEntries(Object.keys(sealed).map((field) => [field, null]));
}

export async function saveHistoryEntry(
  db: SqlQueryable,
  s: QuotedSchema,
  entry: HistoryEntry,
): Promise<void> {
  await saveHistoryEntries(db, s, [entry]);
}

/**
 * Inserts history entries in one statement (a projector batch's), passed as one JSON array that the server
 * unpacks: no per-row parameters to bind and plan. An entry already there is left as it is. Into a fresh schema
 * (`options.fresh`, a rebuild's), where no entry can be there yet, they are loaded by COPY where the connection
 * can: the server parses far less than the JSON array.
 */
export async function saveHistoryEntries(
  db: SqlQueryable,
  s: QuotedSchema,
  entries: readonly HistoryEntry[],
  options: BulkWriteOptions = {},
): Promise<void> {
  if (entries.length === 0) return;
  if (options.fresh === true && db.copyFrom !== undefined) {
    await db.copyFrom(historyCopyTarget(s), [historyCopyBytes(entries)]);
    return;
  }
  await db.query(
    `INSERT INTO ${s}.relocation_history (relocation_id, revision, global_position, event_id, type, occurred_at,
       actor, changes, sealed)
     SELECT relocation_id, revision, global_position, event_id, type, occurred_at, actor, changes, sealed
     FROM json_to_recordset($1::json) AS e (relocation_id uuid, revision integer, global_position bigint,
       event_id uuid, type text, occurred_at timestamptz, actor json, changes json, sealed json)
     ON CONFLICT (relocation_id, revision) DO NOTHING`,
    [
      JSON.stringify(
        entries.map((entry) => ({
          relocation_id: entry.relocationId,
          revision: entry.revision,
          global_position: entry.globalPosition.toString(),
          event_id: entry.eventId,
          type: entry.type,
          occurred_at: entry.occurredAt,
          actor: entry.actor,
          changes: entry.changes,
          sealed: entry.sealed,
        })),
      ),
    ],
    { prepare: true },
  );
}

/** The history's columns in the order of its COPY text rows (`historyCopyBytes`). */
export const historyCopyTarget = (s: QuotedSchema): string =>
  `${s}.relocation_history (relocation_id, revision, global_position, event_id, type, occurred_at, actor, changes,
     sealed)`;

/**
 * The entries as COPY text rows in UTF-8, written field by field rather than by `copyTextRow` (the rebuild writes
 * one row per event). The text columns need no escaping: the case id is a stream's uuid, and the event id, type and
 * time are as the event's schema validated them (a uuid, one of the event types, an ISO 8601 instant), none of
 * which can hold a tab, newline, carriage return or backslash. Two JSON texts are not made again when they cannot
 * differ: an entry without sealed fields has `{}`, and an actor (exactly its user, organisation and role) that is
 * the previous entry's has its text.
 *
 * Each row is encoded on its own into a buffer kept between calls, and the bytes are copied out once: a rebuild's
 * read of 1,000 entries made one string of about 360 kB, and a string that large is allocated outside the young
 * generation one by one; making and encoding it cost five times the rows' own encoding (2.3 s in a rebuild of
 * 815,081 events).
 */
export function historyCopyBytes(entries: readonly HistoryEntry[]): Uint8Array<ArrayBuffer> {
  let actor: Actor | undefined;
  let actorText = '';
  let length = 0;
  for (const entry of entries) {
    if (
      actor === undefined ||
      entry.actor.userId !== actor.userId ||
      entry.actor.organisationId !== actor.organisationId ||
      entry.actor.role !== actor.role
    ) {
      actor = entry.actor;
      actorText = copyTextJson(actor);
    }
    const row = `${entry.relocationId}\t${entry.revision}\t${entry.globalPosition}\t${entry.eventId}\t${entry.type}\t${
      entry.occurredAt
    }\t${actorText}\t${copyTextJson(entry.changes)}\t${isEmpty(entry.sealed) ? '{}' : copyTextJson(entry.sealed)}\n`;
    // UTF-8 takes at most three bytes for each UTF-16 unit of a string
    if (scratch.length - length < row.length * 3) scratch = grown(scratch, length, length + row.length * 3);
    length += scratch.write(row, length);
  }
  const bytes = new Uint8Array(length);
  bytes.set(scratch.subarray(0, length));
  return bytes;
}

let scratch: Buffer = Buffer.allocUnsafe(1 << 16);

/** A buffer of at least `needed` bytes holding the first `used` bytes of `buffer`. */
function grown(buffer: Buffer, used: number, needed: number): Buffer {
  const next = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  buffer.copy(next, 0, 0, used);
  return next;
}

const isEmpty = (value: object): boolean => {
  for (const _ in value) return false;
  return true;
};

/**
 * After CaseErased: every sealed field of the case's history up to the erasure (`upToRevision`, the CaseErased's
 * revision) becomes null. Which fields were sealed stays, so the history still shows that something was there
 * (`erased`). The fold purges the entries it holds the same way, to the text: the fields in their order, written
 * as `JSON.stringify` writes them (`purgedSealed`).
 */
export async function purgeHistory(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
  upToRevision: number,
): Promise<void> {
  await db.query(
    `UPDATE ${s}.relocation_history
     SET sealed = (SELECT coalesce('{' || string_agg(to_json(f.key)::text || ':null', ',' ORDER BY f.n) || '}', '{}')
                   FROM json_each(sealed) WITH ORDINALITY AS f (key, value, n))::json
     WHERE relocation_id = $1 AND revision <= $2 AND sealed::text <> '{}'`,
    [relocationId, upToRevision],
  );
}

export const HISTORY_COLUMNS = `relocation_id::text AS relocation_id, revision, global_position::text AS global_position,
  event_id::text AS event_id, type,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at, actor, changes, sealed`;

export interface HistoryRow {
  readonly relocation_id: string;
  readonly revision: number;
  readonly global_position: string;
  readonly event_id: string;
  readonly type: DomainEvent['type'];
  readonly occurred_at: string;
  readonly actor: Actor;
  readonly changes: Record<string, unknown>;
  readonly sealed: Record<string, PersonalField | null>;
}

export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  return {
    relocationId: row.relocation_id,
    revision: row.revision,
    globalPosition: BigInt(row.global_position),
    eventId: row.event_id,
    type: row.type,
    occurredAt: row.occurred_at,
    actor: row.actor,
    changes: row.changes,
    sealed: row.sealed,
  };
}
