import { z } from 'zod';

/**
 * Personal data never appears in clear in an event. The API seals it (AES-256-GCM with the case's data key) before
 * the event is stored; the domain only passes the opaque envelope along. Destroying the case key (erasure) leaves
 * the events intact and makes these envelopes unreadable.
 */
export const sealedEnvelopeSchema = z
  .object({
    keyId: z.string().min(1),
    iv: z.string().min(1),
    ciphertext: z.string().min(1),
    tag: z.string().min(1),
  })
  .strict();

export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

/** JSON value accepted by a sealer. */
export type SealableJson =
  null | boolean | number | string | SealableJson[] | { [key: string]: SealableJson };

/** Seals one JSON value under the key of one case. Injected by the API; tests use a reversible fake. */
export type Seal = (relocationId: string, value: SealableJson) => SealedEnvelope;
