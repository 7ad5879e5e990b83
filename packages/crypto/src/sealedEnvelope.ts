import { sealedEnvelopeSchema } from '@relocation/domain';
import type { SealedEnvelope } from '@relocation/domain';

/**
 * The envelope is the domain's contract (events carry it; see `@relocation/domain`'s schemas/sealed.ts): this
 * package makes and opens it. AES-256-GCM under the case's data key, authenticated with the case id as additional
 * data; binary fields base64url.
 */
export { sealedEnvelopeSchema };
export type { SealedEnvelope };

export const isSealedEnvelope = (value: unknown): value is SealedEnvelope =>
  sealedEnvelopeSchema.safeParse(value).success;
