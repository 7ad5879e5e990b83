import { createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { gcmDecrypt, gcmEncrypt } from './aesGcm.ts';
import { decodeBase64Strict } from './base64.ts';
import type { WrappedDataKey } from './dataKeyStore.ts';
import { DataKeyUnwrapError, UnknownKekError } from './errors.ts';
import { kekConfigSchema } from './kekConfig.ts';
import type { KekConfig } from './kekConfig.ts';

export interface WrapRequest {
  readonly caseId: string;
  readonly keyId: string;
  readonly dataKey: Buffer;
  /** 12 fresh random bytes. */
  readonly iv: Buffer;
  /** Defaults to the active KEK. */
  readonly kekId?: string;
}

/** The configured KEKs, held as `KeyObject`s so that their material never prints or serialises. */
export interface KeyRing {
  readonly activeKekId: string;
  readonly kekIds: readonly string[];
  has(kekId: string): boolean;
  wrap(request: WrapRequest): WrappedDataKey;
  /** Throws `UnknownKekError` or `DataKeyUnwrapError`. The caller zeroes the returned buffer after use. */
  unwrap(caseId: string, wrapped: WrappedDataKey): Buffer;
  /** The same KEKs with another one active. */
  withActive(kekId: string): KeyRing;
}

/**
 * The wrapped key is bound to its case and key id, so a wrapped key copied to another case's row does not
 * unwrap there.
 */
const wrapAad = (caseId: string, keyId: string): Buffer =>
  Buffer.from(JSON.stringify(['relocation.data-key.v1', caseId, keyId]), 'utf8');

const buildKeyRing = (keks: ReadonlyMap<string, KeyObject>, activeKekId: string): KeyRing => {
  const kekFor = (kekId: string): KeyObject => {
    const kek = keks.get(kekId);
    if (kek === undefined) throw new UnknownKekError([kekId]);
    return kek;
  };
  kekFor(activeKekId);

  return {
    activeKekId,
    kekIds: [...keks.keys()],
    has: (kekId) => keks.has(kekId),
    wrap: ({ caseId, keyId, dataKey, iv, kekId = activeKekId }) => {
      const sealed = gcmEncrypt(kekFor(kekId), iv, dataKey, wrapAad(caseId, keyId));
      return {
        keyId,
        kekId,
        iv: sealed.iv.toString('base64url'),
        ct: sealed.ct.toString('base64url'),
        tag: sealed.tag.toString('base64url'),
      };
    },
    unwrap: (caseId, wrapped) => {
      const kek = kekFor(wrapped.kekId);
      const sealed = {
        iv: Buffer.from(wrapped.iv, 'base64url'),
        ct: Buffer.from(wrapped.ct, 'base64url'),
        tag: Buffer.from(wrapped.tag, 'base64url'),
      };
      const dataKey = gcmDecrypt(kek, sealed, wrapAad(caseId, wrapped.keyId));
      if (dataKey?.length !== 32) throw new DataKeyUnwrapError(caseId, wrapped.kekId);
      return dataKey;
    },
    withActive: (kekId) => buildKeyRing(keks, kekId),
  };
};

/** Builds the key ring from configuration (validated by `kekConfigSchema`). */
export const createKeyRing = (config: KekConfig): KeyRing => {
  const parsed = kekConfigSchema.parse(config);
  const keks = new Map<string, KeyObject>();
  for (const [kekId, material] of Object.entries(parsed.keks)) {
    const bytes = decodeBase64Strict(material);
    if (bytes === undefined) throw new Error(`KEK '${kekId}' is not base64`);
    keks.set(kekId, createSecretKey(bytes));
    bytes.fill(0);
  }
  return buildKeyRing(keks, parsed.activeKekId);
};
