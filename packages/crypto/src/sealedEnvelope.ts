import { z } from 'zod';
import { base64urlPattern } from './base64.ts';

const base64url = z.string().regex(base64urlPattern, 'expected base64url text without padding');

/**
 * Personal data as it travels in events: AES-256-GCM under the case's data key, authenticated with the case id
 * as additional data. All binary fields are base64url.
 */
export const sealedEnvelopeSchema = z
  .object({
    v: z.literal(1),
    alg: z.literal('A256GCM'),
    /** Id of the case's data key. */
    keyId: z.string().min(1),
    iv: base64url,
    ct: base64url,
    tag: base64url,
  })
  .strict();

export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

export const isSealedEnvelope = (value: unknown): value is SealedEnvelope =>
  sealedEnvelopeSchema.safeParse(value).success;
