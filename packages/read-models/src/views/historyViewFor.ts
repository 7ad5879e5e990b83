import {
  identityWithheld,
  isUnsealedV1Text,
  memberIdentityWithheld,
  openedIdentity,
  municipalityCodeOf,
  type Participation,
  type RelocationState,
  type SealedEnvelope,
} from '@relocation/domain';
import type { HistoryEntry } from '../queries/caseHistory.ts';
import { historyFieldClass } from './historyFieldClasses.ts';
import type { HistoryEntryView, JsonValue } from './historyViewSchema.ts';
import type { Opened } from './opener.ts';
import { identityTrailVisible } from './identityTrail.ts';
import { organisationLabel } from './organisationLabel.ts';
import { viewFor, type View } from './viewFor.ts';
import { deadlineTimesWithheld } from './workflowView.ts';

export interface HistoryViewInput {
  readonly entries: readonly HistoryEntry[];
  /** The case's current state (for naming organisations). */
  readonly state: RelocationState;
  readonly participation: Participation;
  readonly callerOrganisationId: string;
  /** The caller's user id: for a person with protected identity only assigned handlers see identity fields. */
  readonly callerUserId?: string;
  /** Opens an envelope found in `field` (`EventType.field`, what it is bound to). */
  readonly open: (envelope: SealedEnvelope, field: string) => Promise<Opened>;
}

interface Redaction {
  readonly view: View;
  /** A protected person and a caller who is not an assigned handler: every identity-class field is withheld. */
  readonly identityWithheld: boolean;
  /** The caller is not an assigned handler: a protected member's identity-class fields are withheld. */
  readonly memberIdentityWithheld: boolean;
  readonly state: RelocationState;
  readonly caller: string;
  /** Ids of the case's arrival deadlines (from their DeadlineScheduled entries). */
  readonly arrivalDeadlines: ReadonlySet<string>;
  /** The identity changed (fingerade personuppgifter) and the caller may not see that it did (identityTrail.ts). */
  readonly identityTrailHidden: boolean;
}

/** Sealed fields holding a whole identity: opened, they are read with today's protection levels. */
const identityFields: ReadonlySet<string> = new Set([
  'RelocationInitiated.person',
  'IdentityChanged.identity',
]);

/** Events that name a member of staff: their user id is shown to that user's own organisation only. */
const staffEvents: ReadonlySet<string> = new Set(['HandlerAssigned', 'HandlerUnassigned']);

/** A plain field's value as shown: organisation ids inside it go through `organisationLabel`. */
function shownValue(entry: HistoryEntry, field: string, value: unknown, r: Redaction): unknown {
  const label = (id: unknown) =>
    typeof id === 'string' ? organisationLabel(id, r.view, r.state, r.caller) : id;
  if (field === 'ownerOrganisationId') return label(value);
  if (field === 'organisationId' && staffEvents.has(entry.type)) return label(value);
  if (field === 'notify' && Array.isArray(value)) return value.map(label);
  if (field === 'paused' && Array.isArray(value)) {
    return value.map((item: unknown) =>
      typeof item === 'object' && item !== null && 'ownerOrganisationId' in item
        ? { ...item, ownerOrganisationId: label(item.ownerOrganisationId) }
        : item,
    );
  }
  return value;
}

const deadlineTimeFields = new Set(['dueAt', 'escalateAt']);

/**
 * An entry about a member of the household whose identity is protected: the member's own HouseholdMemberAdded
 * says so; the later entries naming the member follow it (a member removed since is judged by their addition,
 * which the state no longer holds, so such entries are treated as protected).
 */
function protectedMemberEntry(entry: HistoryEntry, state: RelocationState): boolean {
  const memberId = entry.changes.memberId;
  if (typeof memberId !== 'string') return false;
  if (entry.type === 'HouseholdMemberAdded') return entry.changes.protectedIdentity === true;
  const member = (state.householdMembers ?? []).find((m) => m.memberId === memberId);
  return member === undefined || member.protectedIdentity;
}

/**
 * A field the view does not grant is still shown when it only names the caller's own municipality. The times of
 * the arrival deadline are withheld like the planned move date they are computed from (see workflowView.ts); a
 * staff member's user id (handler events) is shown to their own organisation only, like an actor's.
 */
function mayShow(entry: HistoryEntry, field: string, value: unknown, r: Redaction): boolean {
  const dataClass = historyFieldClass(entry.type, field);
  if (dataClass === undefined) return false;
  // Staff ids, like actor ids, only to the staff member's own organisation.
  if (field === 'userId' && staffEvents.has(entry.type) && entry.changes.organisationId !== r.caller)
    return false;
  if (deadlineTimeFields.has(field) && r.arrivalDeadlines.has(String(entry.changes.deadlineId))) {
    if (deadlineTimesWithheld('arrival', r.view)) return false;
  }
  if (dataClass === 'identity' && r.identityWithheld) return false;
  // After an identity change the first identity is part of the change's trail.
  if (dataClass === 'identity' && entry.type === 'RelocationInitiated' && r.identityTrailHidden) return false;
  // A protected member of the household: their identity-class fields only to assigned handlers, as the principal's.
  if (dataClass === 'identity' && r.memberIdentityWithheld && protectedMemberEntry(entry, r.state))
    return false;
  if (r.view.sees(dataClass)) return true;
  return dataClass === 'receivingMunicipality' && value === municipalityCodeOf(r.caller);
}

/**
 * The audit timeline for one party: every event is listed with its type, time and acting organisation (or
 * `withheld`) and role; each field only if the view grants its class; sealed fields opened only then. User ids
 * are shown only to the actor's own organisation. If the case key was destroyed, sealed fields are left out and
 * the entry says `erased`.
 */
export async function historyViewFor(input: HistoryViewInput): Promise<HistoryEntryView[]> {
  const view = viewFor(input.participation);
  const identityChanged = input.entries.some((entry) => entry.type === 'IdentityChanged');
  const r: Redaction = {
    view,
    identityTrailHidden:
      identityChanged &&
      !identityTrailVisible(view, input.state, input.callerOrganisationId, input.callerUserId),
    identityWithheld: identityWithheld(input.state, input.callerOrganisationId, input.callerUserId),
    memberIdentityWithheld: memberIdentityWithheld(
      input.state,
      { protectedIdentity: true },
      input.callerOrganisationId,
      input.callerUserId,
    ),
    state: input.state,
    caller: input.callerOrganisationId,
    arrivalDeadlines: new Set(
      input.entries
        .filter((entry) => entry.type === 'DeadlineScheduled' && entry.changes.kind === 'arrival')
        .map((entry) => String(entry.changes.deadlineId)),
    ),
  };
  const views: HistoryEntryView[] = [];
  for (const entry of input.entries) {
    // An identity change is not listed at all to whoever may not see it: no entry, no withheld field, no trace.
    if (entry.type === 'IdentityChanged' && r.identityTrailHidden) continue;
    // Both hold JSON: plain fields come from the stored event's JSON, sealed ones from an envelope's JSON.
    const changes: Record<string, JsonValue> = {};
    const sealed: Record<string, JsonValue> = {};
    const withheld: string[] = [];
    let erased = false;
    for (const [field, value] of Object.entries(entry.changes)) {
      if (mayShow(entry, field, value, r)) changes[field] = shownValue(entry, field, value, r) as JsonValue;
      else withheld.push(field);
    }
    for (const [field, envelope] of Object.entries(entry.sealed)) {
      if (!mayShow(entry, field, envelope, r)) {
        withheld.push(field);
        continue;
      }
      if (envelope === null) {
        erased = true;
        continue;
      }
      if (isUnsealedV1Text(envelope)) {
        sealed[field] = envelope.unsealedV1;
        continue;
      }
      const bound = `${entry.type}.${field}`;
      const opened = await input.open(envelope, bound);
      if ('erased' in opened) erased = true;
      else
        sealed[field] = (
          identityFields.has(bound) ? openedIdentity(opened.value) : opened.value
        ) as JsonValue;
    }
    const actorOrganisation = entry.actor.organisationId;
    views.push({
      revision: entry.revision,
      globalPosition: entry.globalPosition.toString(),
      type: entry.type,
      occurredAt: entry.occurredAt,
      actor: {
        organisationId: organisationLabel(actorOrganisation, r.view, r.state, r.caller),
        role: entry.actor.role,
        ...(actorOrganisation === r.caller ? { userId: entry.actor.userId } : {}),
      },
      changes,
      sealed,
      withheld: withheld.sort(),
      ...(erased ? { erased: true as const } : {}),
    });
  }
  return views;
}
