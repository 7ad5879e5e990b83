import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const algorithm = 'aes-256-gcm';

export interface GcmSealed {
  readonly iv: Buffer;
  readonly ct: Buffer;
  readonly tag: Buffer;
}

export const gcmEncrypt = (
  key: KeyObject | Buffer,
  iv: Buffer,
  plaintext: Buffer,
  aad: Buffer,
): GcmSealed => {
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
};

/**
 * Decrypts and authenticates; undefined when anything does not match. The IV and tag lengths are checked here
 * because GCM would otherwise accept truncated tags.
 */
export const gcmDecrypt = (key: KeyObject | Buffer, sealed: GcmSealed, aad: Buffer): Buffer | undefined => {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv(algorithm, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ct), decipher.final()]);
  } catch {
    return undefined;
  }
};
