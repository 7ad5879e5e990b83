import { z } from 'zod';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'expected base64url text without padding' });

/**
 * Personal data never appears in clear in an event. The API seals it (AES-256-GCM with the case's data key) before
 * the event is stored; the domain only passes the opaque envelope along. Destroying the case key (erasure) leaves
 * the events intact and makes these envelopes unreadable.
 *
 * The envelope is exactly `@relocation/crypto`'s (`{ v: 1, alg: 'A256GCM', keyId, iv, ct, tag }`, binary fields
 * base64url), so what the API's sealer makes is what events carry and what the read side opens.
 */
export const sealedEnvelopeSchema = z
  .object({
    v: z.literal(1),
    alg: z.literal('A256GCM'),
    keyId: z.string().min(1),
    iv: base64url,
    ct: base64url,
    tag: base64url,
  })
  .strict();

export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

/** JSON value accepted by a sealer. */
export type SealableJson =
  null | boolean | number | string | SealableJson[] | { [key: string]: SealableJson };

/** Seals one JSON value under the key of one case. Injected by the API; tests use a reversible fake. */
export type Seal = (relocationId: string, value: SealableJson) => SealedEnvelope;
