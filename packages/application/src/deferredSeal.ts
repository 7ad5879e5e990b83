import type { DomainEvent, Seal, SealableJson, SealedEnvelope } from '@relocation/domain';

/** A synchronous sealer for one case, valid for the command being handled; `field` is what the envelope is bound to. */
export type CaseSealer = (field: string, value: SealableJson) => SealedEnvelope;

/**
 * Sealing at the storage boundary: `decide` runs once, with `seal` handing out placeholder envelopes and noting
 * what each one stands for. Only when the command is accepted are the placeholders replaced, in the events about to
 * be stored, by envelopes under the case's data key. So a refused command fetches (or creates) no data key, and a
 * command is decided once, not once to probe and again to seal.
 */
export interface DeferredSeal {
  readonly seal: Seal;
  /** Whether the decision asked for anything to be sealed (if not, the case's data key is not needed). */
  readonly needed: () => boolean;
  /** The events with every placeholder sealed by `sealer`; fails if a placeholder is not in the events' data. */
  readonly sealEvents: (events: readonly DomainEvent[], sealer: CaseSealer) => DomainEvent[];
}

export function deferredSeal(): DeferredSeal {
  const pending = new Map<object, { readonly field: string; readonly value: SealableJson }>();
  const seal: Seal = (_relocationId, field, value) => {
    const placeholder: SealedEnvelope = Object.freeze({
      v: 1,
      alg: 'A256GCM',
      keyId: 'pending',
      iv: 'pending',
      ct: 'pending',
      tag: 'pending',
    });
    pending.set(placeholder, { field, value });
    return placeholder;
  };

  const sealEvents = (events: readonly DomainEvent[], sealer: CaseSealer): DomainEvent[] => {
    const sealed = new Map<object, SealedEnvelope>();
    const replace = (value: unknown): unknown => {
      if (typeof value !== 'object' || value === null) return value;
      const wanted = pending.get(value);
      if (wanted !== undefined) {
        const envelope = sealed.get(value) ?? sealer(wanted.field, wanted.value);
        sealed.set(value, envelope);
        return envelope;
      }
      if (Array.isArray(value)) return value.map(replace);
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replace(inner)]));
    };
    const result = events.map((event) => ({ ...event, data: replace(event.data) }) as DomainEvent);
    if (sealed.size !== pending.size) {
      throw new Error(`${pending.size - sealed.size} sealed value(s) were decided but are not in the events`);
    }
    return result;
  };

  return { seal, needed: () => pending.size > 0, sealEvents };
}
