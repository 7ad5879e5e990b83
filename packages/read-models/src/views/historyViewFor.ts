import {
  municipalityCodeOf,
  type Participation,
  type RelocationState,
  type SealedEnvelope,
} from '@relocation/domain';
import type { HistoryEntry } from '../projector/historyEntry.ts';
import { historyFieldClass } from './historyFieldClasses.ts';
import type { HistoryEntryView, JsonValue } from './historyViewSchema.ts';
import type { Opened } from './opener.ts';
import { identityWithheld } from './identityWithheld.ts';
import { organisationLabel } from './organisationLabel.ts';
import { viewFor, type View } from './viewFor.ts';

export interface HistoryViewInput {
  readonly entries: readonly HistoryEntry[];
  /** The case's current state (for naming organisations). */
  readonly state: RelocationState;
  readonly participation: Participation;
  readonly callerOrganisationId: string;
  /** The caller's user id: for a person with protected identity only assigned handlers see identity fields. */
  readonly callerUserId?: string;
  readonly open: (envelope: SealedEnvelope) => Promise<Opened>;
}

interface Redaction {
  readonly view: View;
  /** A protected person and a caller who is not an assigned handler: every identity-class field is withheld. */
  readonly identityWithheld: boolean;
  readonly state: RelocationState;
  readonly caller: string;
}

/** A plain field's value as shown: organisation ids inside it go through `organisationLabel`. */
function shownValue(field: string, value: unknown, r: Redaction): unknown {
  const label = (id: unknown) =>
    typeof id === 'string' ? organisationLabel(id, r.view, r.state, r.caller) : id;
  if (field === 'ownerOrganisationId') return label(value);
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

/** A field the view does not grant is still shown when it only names the caller's own municipality. */
function mayShow(entry: HistoryEntry, field: string, value: unknown, r: Redaction): boolean {
  const dataClass = historyFieldClass(entry.type, field);
  if (dataClass === undefined) return false;
  if (dataClass === 'identity' && r.identityWithheld) return false;
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
  const r: Redaction = {
    view: viewFor(input.participation),
    identityWithheld: identityWithheld(input.state, input.callerOrganisationId, input.callerUserId),
    state: input.state,
    caller: input.callerOrganisationId,
  };
  const views: HistoryEntryView[] = [];
  for (const entry of input.entries) {
    // Both hold JSON: plain fields come from the stored event's JSON, sealed ones from an envelope's JSON.
    const changes: Record<string, JsonValue> = {};
    const sealed: Record<string, JsonValue> = {};
    const withheld: string[] = [];
    let erased = false;
    for (const [field, value] of Object.entries(entry.changes)) {
      if (mayShow(entry, field, value, r)) changes[field] = shownValue(field, value, r) as JsonValue;
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
      const opened = await input.open(envelope);
      if ('erased' in opened) erased = true;
      else sealed[field] = opened.value as JsonValue;
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
