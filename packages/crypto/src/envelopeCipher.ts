import type { KeyObject } from 'node:crypto';
import { gcmDecrypt, gcmEncrypt } from './aesGcm.ts';
import { EnvelopeTamperedError } from './errors.ts';
import type { SealedEnvelope } from './sealedEnvelope.ts';

/** The envelope's additional authenticated data: the case id, so an envelope moved to another case fails. */
const envelopeAad = (caseId: string): Buffer => Buffer.from(caseId, 'utf8');

export interface SealRequest {
  readonly caseId: string;
  readonly keyId: string;
  /** The unwrapped data key (a `KeyObject` when held for a while, see `sealerFor`). */
  readonly dataKey: Buffer | KeyObject;
  /** 12 fresh random bytes. */
  readonly iv: Buffer;
  readonly json: unknown;
}

/** Encrypts a JSON value under a case's (unwrapped) data key. */
export const sealWithDataKey = ({ caseId, keyId, dataKey, iv, json }: SealRequest): SealedEnvelope => {
  const text = JSON.stringify(json);
  if (text === undefined) throw new TypeError('only JSON values can be sealed');
  const plaintext = Buffer.from(text, 'utf8');
  try {
    const sealed = gcmEncrypt(dataKey, iv, plaintext, envelopeAad(caseId));
    return {
      v: 1,
      alg: 'A256GCM',
      keyId,
      iv: sealed.iv.toString('base64url'),
      ct: sealed.ct.toString('base64url'),
      tag: sealed.tag.toString('base64url'),
    };
  } finally {
    plaintext.fill(0);
  }
};

/** Decrypts and authenticates an envelope of `caseId`; throws `EnvelopeTamperedError` when it does not verify. */
export const openWithDataKey = (
  caseId: string,
  dataKey: Buffer | KeyObject,
  envelope: SealedEnvelope,
): unknown => {
  const sealed = {
    iv: Buffer.from(envelope.iv, 'base64url'),
    ct: Buffer.from(envelope.ct, 'base64url'),
    tag: Buffer.from(envelope.tag, 'base64url'),
  };
  const plaintext = gcmDecrypt(dataKey, sealed, envelopeAad(caseId));
  if (plaintext === undefined) throw new EnvelopeTamperedError(caseId, 'authentication_failed');
  try {
    return JSON.parse(plaintext.toString('utf8')) as unknown;
  } finally {
    plaintext.fill(0);
  }
};
