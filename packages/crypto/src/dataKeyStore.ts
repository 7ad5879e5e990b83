/**
 * Where the wrapped data keys live: one per case. The SQL adapter is written with the read models; the in-memory
 * one is in `memoryDataKeyStore.ts`. All binary fields are base64url text.
 */
export interface WrappedDataKey {
  /** Id of the data key; every envelope sealed with it carries it. */
  readonly keyId: string;
  /** Id of the key-encryption key that wraps it. */
  readonly kekId: string;
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

/** What remains of a case key after erasure: no key material, only when it was destroyed. */
export interface ErasureRecord {
  /** The destroyed key's id, or null when the case never had a key. */
  readonly keyId: string | null;
  readonly destroyedAt: Date;
}

export interface WrappedDataKeyEntry {
  readonly caseId: string;
  readonly wrapped: WrappedDataKey;
}

export interface DataKeyStore {
  /** The case's live wrapped key; undefined when it has none or it was destroyed. */
  get(caseId: string): Promise<WrappedDataKey | undefined>;
  /** The erasure record of the case, if its key was destroyed. */
  erasure(caseId: string): Promise<ErasureRecord | undefined>;
  /**
   * Stores the case's first and only key. Throws `DataKeyExistsError` when the case already has a key or an
   * erasure record, so two writers never leave two keys for one case.
   */
  put(caseId: string, wrapped: WrappedDataKey): Promise<void>;
  /**
   * Erasure: removes the key material for good and records when. Idempotent: a second call returns the first
   * record unchanged.
   */
  destroy(caseId: string, at: Date): Promise<ErasureRecord>;
  /** Distinct KEK ids that wrap at least one live key. */
  kekIds(): Promise<string[]>;
  /** Up to `limit` live keys wrapped by `kekId`, in a stable order. */
  listWrappedBy(kekId: string, limit: number): Promise<WrappedDataKeyEntry[]>;
  /**
   * Replaces a live key's wrapping if it is still wrapped by `expectedKekId` (compare-and-set); false when the
   * key is gone or was re-wrapped meanwhile. The data key id must not change.
   */
  rewrap(caseId: string, expectedKekId: string, wrapped: WrappedDataKey): Promise<boolean>;
}
