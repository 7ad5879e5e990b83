import type { KeyObject } from 'node:crypto';
import { gcmDecrypt, gcmEncrypt } from './aesGcm.ts';
import { EnvelopeTamperedError } from './errors.ts';
import type { SealedEnvelope } from './sealedEnvelope.ts';

/**
 * The envelope's additional authenticated data, by envelope version. v1 (written before fields were bound): the case
 * id only, so an envelope moved to another case fails. v2: the case and the field (`EventType.field`), so an envelope
 * moved to another case or another field fails too. The version is authenticated as well: a v2 envelope relabelled
 * v1 is opened with the v1 data and fails.
 */
const envelopeAad = (version: 1 | 2, caseId: string, field: string): Buffer =>
  version === 1
    ? Buffer.from(caseId, 'utf8')
    : Buffer.from(JSON.stringify(['relocation.envelope.v2', caseId, field]), 'utf8');

export interface SealRequest {
  readonly caseId: string;
  /** The field the value is sealed for (`EventType.field`); it opens only as that field. */
  readonly field: string;
  readonly keyId: string;
  /** The unwrapped data key (a `KeyObject` when held for a while, see `sealerFor`). */
  readonly dataKey: Buffer | KeyObject;
  /** 12 fresh random bytes. */
  readonly iv: Buffer;
  readonly json: unknown;
}

/** Encrypts a JSON value under a case's (unwrapped) data key. */
export const sealWithDataKey = ({ caseId, field, keyId, dataKey, iv, json }: SealRequest): SealedEnvelope => {
  const text = JSON.stringify(json);
  if (text === undefined) throw new TypeError('only JSON values can be sealed');
  const plaintext = Buffer.from(text, 'utf8');
  try {
    const sealed = gcmEncrypt(dataKey, iv, plaintext, envelopeAad(2, caseId, field));
    return {
      v: 2,
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

/**
 * Decrypts and authenticates an envelope of `caseId` found in `field`; throws `EnvelopeTamperedError` when it does
 * not verify (v1 envelopes are bound to the case only).
 */
export const openWithDataKey = (
  caseId: string,
  field: string,
  dataKey: Buffer | KeyObject,
  envelope: SealedEnvelope,
): unknown => {
  const sealed = {
    iv: Buffer.from(envelope.iv, 'base64url'),
    ct: Buffer.from(envelope.ct, 'base64url'),
    tag: Buffer.from(envelope.tag, 'base64url'),
  };
  const plaintext = gcmDecrypt(dataKey, sealed, envelopeAad(envelope.v, caseId, field));
  if (plaintext === undefined) throw new EnvelopeTamperedError(caseId, 'authentication_failed');
  try {
    return JSON.parse(plaintext.toString('utf8')) as unknown;
  } finally {
    plaintext.fill(0);
  }
};
