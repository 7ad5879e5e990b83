import type { DataKeyStore } from './dataKeyStore.ts';
import type { KeyRing } from './keyRing.ts';

const BATCH_SIZE = 100;

export interface RewrapRequest {
  readonly dataKeys: DataKeyStore;
  readonly keyRing: KeyRing;
  readonly fromKekId: string;
  readonly toKekId: string;
  /** 12 fresh random bytes per call. */
  readonly freshIv: () => Buffer;
}

/**
 * Re-wraps every live data key wrapped by `fromKekId` with `toKekId`, batch by batch; ciphertexts are untouched.
 * A re-wrapped key no longer matches `fromKekId`, so the next batch starts where this one ended. Safe to re-run
 * after a failure: each key is wrapped by one KEK or the other, and both stay in the ring until it is done.
 */
export const rewrapDataKeys = async (request: RewrapRequest): Promise<number> => {
  const { dataKeys, keyRing, fromKekId, toKekId } = request;
  let count = 0;
  for (;;) {
    const batch = await dataKeys.listWrappedBy(fromKekId, BATCH_SIZE);
    if (batch.length === 0) return count;
    let progress = 0;
    for (const { caseId, wrapped } of batch) {
      const dataKey = keyRing.unwrap(caseId, wrapped);
      try {
        const rewrapped = keyRing.wrap({
          caseId,
          keyId: wrapped.keyId,
          dataKey,
          iv: request.freshIv(),
          kekId: toKekId,
        });
        if (await dataKeys.rewrap(caseId, fromKekId, rewrapped)) progress += 1;
      } finally {
        dataKey.fill(0);
      }
    }
    if (progress === 0) {
      throw new Error(
        `re-wrapping from KEK '${fromKekId}' made no progress (another rotation running?); run it again`,
      );
    }
    count += progress;
  }
};
