import { createSecretKey, randomBytes as nodeRandomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { IV_BYTES } from './aesGcm.ts';
import type { DataKeyStore, WrappedDataKey } from './dataKeyStore.ts';
import { openWithDataKey, sealWithDataKey } from './envelopeCipher.ts';
import {
  DataKeyDestroyedError,
  DataKeyExistsError,
  DataKeyNotFoundError,
  EnvelopeTamperedError,
  UnknownKekError,
} from './errors.ts';
import type { KeyRing } from './keyRing.ts';
import { rewrapDataKeys } from './rewrapDataKeys.ts';
import { sealedEnvelopeSchema } from './sealedEnvelope.ts';
import type { SealedEnvelope } from './sealedEnvelope.ts';

const DATA_KEY_BYTES = 32;
const KEY_ID_BYTES = 16;

export interface CaseCryptoOptions {
  readonly keyRing: KeyRing;
  readonly dataKeys: DataKeyStore;
  /** Source of key material, ids and IVs; defaults to `node:crypto` randomBytes. */
  readonly randomBytes?: (size: number) => Buffer;
  /** Clock for erasure records; defaults to the system clock. */
  readonly now?: () => Date;
}

/**
 * Seals JSON values for one case synchronously, each for one field (`EventType.field`); made by `sealerFor`. The
 * envelope opens only with the same case and field.
 */
export type CaseSealer = (field: string, json: unknown) => SealedEnvelope;
/**
 * Opens envelopes of one case synchronously, naming the field each was found in; made by `openerFor`. Throws
 * `EnvelopeTamperedError` (also for an envelope moved from another field).
 */
export type CaseOpener = (envelope: unknown, field: string) => unknown;

export interface RotationReport {
  readonly activeKekId: string;
  /** Data keys re-wrapped, by the KEK that wrapped them before. */
  readonly rewrapped: Readonly<Record<string, number>>;
}

export interface CaseCrypto {
  /**
   * Seals a JSON value for the case and a field (default `''`, for values outside events), creating the case's
   * data key on first use.
   */
  seal(caseId: string, json: unknown, field?: string): Promise<SealedEnvelope>;
  /**
   * Opens an envelope of the case found in `field` (default `''`); throws `DataKeyDestroyedError` after erasure,
   * `EnvelopeTamperedError` on tampering or when the envelope was sealed for another case or field.
   */
  open(caseId: string, envelope: unknown, field?: string): Promise<unknown>;
  /**
   * A synchronous sealer for the case, for code that cannot await per value (the domain's `decide`). Gets or
   * creates the case's data key and unwraps it once; the key is held as a `KeyObject` by the returned function
   * only, so keep it for one command and drop it.
   */
  sealerFor(caseId: string): Promise<CaseSealer>;
  /**
   * A synchronous opener for the case's envelopes (e.g. one query response). Throws `DataKeyDestroyedError`
   * after erasure and `DataKeyNotFoundError` for a case without a key.
   */
  openerFor(caseId: string): Promise<CaseOpener>;
  /** Destroys the case's data key for good; idempotent. */
  erase(caseId: string): Promise<{ readonly destroyedAt: Date }>;
  /**
   * Makes `newActiveKekId` wrap new data keys and re-wraps every existing one with it. Ciphertexts are not
   * touched. Afterwards the other KEKs can be removed from configuration.
   */
  rotate(newActiveKekId: string): Promise<RotationReport>;
  /** The KEK that wraps new data keys. */
  readonly activeKekId: string;
}

export const createCaseCrypto = (options: CaseCryptoOptions): CaseCrypto => {
  const { dataKeys } = options;
  const random = options.randomBytes ?? nodeRandomBytes;
  const now = options.now ?? (() => new Date());
  let keyRing = options.keyRing;

  const freshBytes = (size: number): Buffer => {
    const bytes = random(size);
    if (bytes.length !== size)
      throw new Error(`randomBytes returned ${bytes.length} bytes, expected ${size}`);
    return bytes;
  };

  const refuseIfErased = async (caseId: string): Promise<void> => {
    const erasure = await dataKeys.erasure(caseId);
    if (erasure !== undefined) throw new DataKeyDestroyedError(caseId, erasure.destroyedAt);
  };

  const createDataKey = async (caseId: string): Promise<WrappedDataKey> => {
    const dataKey = freshBytes(DATA_KEY_BYTES);
    try {
      const keyId = freshBytes(KEY_ID_BYTES).toString('base64url');
      const wrapped = keyRing.wrap({ caseId, keyId, dataKey, iv: freshBytes(IV_BYTES) });
      await dataKeys.put(caseId, wrapped);
      return wrapped;
    } finally {
      dataKey.fill(0);
    }
  };

  const dataKeyForSealing = async (caseId: string): Promise<WrappedDataKey> => {
    const existing = await dataKeys.get(caseId);
    if (existing !== undefined) return existing;
    // No erasure check first: `put` refuses a case with an erasure record as it refuses a second key (below).
    try {
      return await createDataKey(caseId);
    } catch (error) {
      if (!(error instanceof DataKeyExistsError)) throw error;
      // Another writer created (or erased) the key first: use theirs.
      const winner = await dataKeys.get(caseId);
      if (winner !== undefined) return winner;
      await refuseIfErased(caseId);
      throw error;
    }
  };

  /** Unwraps into a `KeyObject` (the material cannot be printed or serialised) and zeroes the buffer. */
  const heldDataKey = (caseId: string, wrapped: WrappedDataKey): KeyObject => {
    const dataKey = keyRing.unwrap(caseId, wrapped);
    try {
      return createSecretKey(dataKey);
    } finally {
      dataKey.fill(0);
    }
  };

  const liveDataKey = async (caseId: string): Promise<WrappedDataKey> => {
    const wrapped = await dataKeys.get(caseId);
    if (wrapped !== undefined) return wrapped;
    await refuseIfErased(caseId);
    throw new DataKeyNotFoundError(caseId);
  };

  const openEnvelope = (
    caseId: string,
    field: string,
    wrapped: WrappedDataKey,
    dataKey: Buffer | KeyObject,
    input: unknown,
  ): unknown => {
    const parsed = sealedEnvelopeSchema.safeParse(input);
    if (!parsed.success) throw new EnvelopeTamperedError(caseId, 'malformed');
    if (wrapped.keyId !== parsed.data.keyId) throw new EnvelopeTamperedError(caseId, 'key_mismatch');
    return openWithDataKey(caseId, field, dataKey, parsed.data);
  };

  return {
    get activeKekId() {
      return keyRing.activeKekId;
    },

    seal: async (caseId, json, field = '') => {
      if (JSON.stringify(json) === undefined) throw new TypeError('only JSON values can be sealed');
      const wrapped = await dataKeyForSealing(caseId);
      const dataKey = keyRing.unwrap(caseId, wrapped);
      try {
        return sealWithDataKey({
          caseId,
          field,
          keyId: wrapped.keyId,
          dataKey,
          iv: freshBytes(IV_BYTES),
          json,
        });
      } finally {
        dataKey.fill(0);
      }
    },

    open: async (caseId, input, field = '') => {
      if (!sealedEnvelopeSchema.safeParse(input).success)
        throw new EnvelopeTamperedError(caseId, 'malformed');
      const wrapped = await liveDataKey(caseId);
      const dataKey = keyRing.unwrap(caseId, wrapped);
      try {
        return openEnvelope(caseId, field, wrapped, dataKey, input);
      } finally {
        dataKey.fill(0);
      }
    },

    sealerFor: async (caseId) => {
      const wrapped = await dataKeyForSealing(caseId);
      const dataKey = heldDataKey(caseId, wrapped);
      return (field, json) => {
        if (JSON.stringify(json) === undefined) throw new TypeError('only JSON values can be sealed');
        return sealWithDataKey({
          caseId,
          field,
          keyId: wrapped.keyId,
          dataKey,
          iv: freshBytes(IV_BYTES),
          json,
        });
      };
    },

    openerFor: async (caseId) => {
      const wrapped = await liveDataKey(caseId);
      const dataKey = heldDataKey(caseId, wrapped);
      return (input, field) => openEnvelope(caseId, field, wrapped, dataKey, input);
    },

    erase: async (caseId) => {
      const erasure = await dataKeys.destroy(caseId, now());
      return { destroyedAt: erasure.destroyedAt };
    },

    rotate: async (newActiveKekId) => {
      if (!keyRing.has(newActiveKekId)) throw new UnknownKekError([newActiveKekId]);
      const inUse = await dataKeys.kekIds();
      const missing = inUse.filter((kekId) => !keyRing.has(kekId));
      if (missing.length > 0) throw new UnknownKekError(missing);
      keyRing = keyRing.withActive(newActiveKekId);
      const rewrapped: Record<string, number> = {};
      for (const kekId of inUse) {
        if (kekId === newActiveKekId) continue;
        rewrapped[kekId] = await rewrapDataKeys({
          dataKeys,
          keyRing,
          fromKekId: kekId,
          toKekId: newActiveKekId,
          freshIv: () => freshBytes(IV_BYTES),
        });
      }
      return { activeKekId: newActiveKekId, rewrapped };
    },
  };
};
