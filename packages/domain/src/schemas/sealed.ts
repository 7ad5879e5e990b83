import { z } from 'zod';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'expected base64url text without padding' });

/**
 * Personal data never appears in clear in an event. The API seals it (AES-256-GCM with the case's data key) before
 * the event is stored; the domain only passes the opaque envelope along. Destroying the case key (erasure) leaves
 * the events intact and makes these envelopes unreadable.
 *
 * The envelope is exactly `@relocation/crypto`'s (`{ v, alg: 'A256GCM', keyId, iv, ct, tag }`, binary fields
 * base64url), so what the API's sealer makes is what events carry and what the read side opens. `v` says what the
 * ciphertext is bound to (its additional authenticated data): 1, the case (envelopes written before fields were
 * bound; they still open); 2, the case and the field (`EventType.field`), so a value cannot be moved to another
 * field or case.
 */
export const sealedEnvelopeSchema = z
  .object({
    v: z.union([z.literal(1), z.literal(2)]),
    alg: z.literal('A256GCM'),
    keyId: z.string().min(1),
    iv: base64url,
    ct: base64url,
    tag: base64url,
  })
  .strict();

export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

/**
 * Free text that version 1 events stored in clear (the consent's document reference), as the upcaster carries it
 * into the current shape. It cannot be sealed after the fact (stored events are never rewritten), so it is marked
 * for what it is: read models keep it with the sealed fields, show it to the same parties and drop it on erasure.
 */
export const unsealedV1TextSchema = z.object({ unsealedV1: z.string() }).strict();
export type UnsealedV1Text = z.infer<typeof unsealedV1TextSchema>;

export const isUnsealedV1Text = (value: unknown): value is UnsealedV1Text =>
  unsealedV1TextSchema.safeParse(value).success;

/** JSON value accepted by a sealer. */
export type SealableJson =
  null | boolean | number | string | SealableJson[] | { [key: string]: SealableJson };

/**
 * Seals one JSON value under the key of one case, bound to the field it is for (`EventType.field`, e.g.
 * `RelocationInitiated.person`): it opens only as that field of that case. Injected by the API; tests use a
 * reversible fake.
 */
export type Seal = (relocationId: string, field: string, value: SealableJson) => SealedEnvelope;
