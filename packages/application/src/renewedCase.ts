import {
  encodeRelocationEvent,
  isUnsealedV1Text,
  relocationStreamName,
  renewedCaseEvents,
} from '@relocation/domain';
import type { Reseal, SealableJson, SealedEnvelope } from '@relocation/domain';
import { WrongExpectedRevisionError } from '@relocation/event-store';
import type { EventStore } from '@relocation/event-store';
import { loadRelocation } from './loadRelocation.ts';

/** Opens envelopes of one case, naming the field each was found in (`@relocation/crypto`'s CaseOpener). */
export type CaseOpenerFn = (envelope: unknown, field: string) => unknown;

export interface RenewedCaseDependencies {
  readonly store: EventStore;
  readonly sealerFor: (
    relocationId: string,
  ) => Promise<(field: string, value: SealableJson) => SealedEnvelope>;
  readonly openerFor: (relocationId: string) => Promise<CaseOpenerFn>;
  readonly newId: () => string;
}

/**
 * Writes the linked case a compromised location opened (docs/design.md §3.4) unless it is written already. Its
 * events are a pure function of the old case's stream (`renewedCaseEvents`), so this runs after the old case's
 * append and again on any retry: the second append finds the stream and changes nothing. Every carried envelope
 * is opened with the old case's key and field binding and sealed with the new case's key for the same field.
 * Returns the linked case's id, or null when the case names none.
 */
export async function writeRenewedCase(
  deps: RenewedCaseDependencies,
  previousRelocationId: string,
): Promise<string | null> {
  const { state, events } = await loadRelocation(deps.store, relocationStreamName(previousRelocationId));
  const renewedId = state.renewedRelocationId;
  if (renewedId === null) return null;
  const streamName = relocationStreamName(renewedId);
  if ((await loadRelocation(deps.store, streamName, 0)).events.length > 0) return renewedId;
  const open = await deps.openerFor(previousRelocationId);
  const seal = await deps.sealerFor(renewedId);
  const reseal: Reseal = (value, from, to) =>
    seal(to.field, (isUnsealedV1Text(value) ? value.unsealedV1 : open(value, from.field)) as SealableJson);
  const renewed = renewedCaseEvents(events, reseal, deps.newId);
  if (renewed === null) return null;
  try {
    await deps.store.appendToStream(
      streamName,
      renewed.events.map((event) => encodeRelocationEvent(event)),
      { expectedRevision: 'no_stream' },
    );
  } catch (error) {
    // Another writer (a retry racing this one) wrote it first: the same case, so nothing is lost.
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
  }
  return renewedId;
}
