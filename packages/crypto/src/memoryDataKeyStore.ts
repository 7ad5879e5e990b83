import type { DataKeyStore, ErasureRecord, WrappedDataKey, WrappedDataKeyEntry } from './dataKeyStore.ts';
import { DataKeyExistsError } from './errors.ts';

type Row =
  | { readonly status: 'live'; readonly wrapped: WrappedDataKey }
  | { readonly status: 'destroyed'; readonly erasure: ErasureRecord };

export interface MemoryDataKeyStore extends DataKeyStore {
  /** Everything the store holds, as plain data (for tests that look for leftover key material). */
  dump(): unknown;
}

/** An in-memory data key store for tests and single-process development. */
export const createMemoryDataKeyStore = (): MemoryDataKeyStore => {
  const rows = new Map<string, Row>();

  const live = (): WrappedDataKeyEntry[] =>
    [...rows.entries()]
      .flatMap(([caseId, row]) => (row.status === 'live' ? [{ caseId, wrapped: { ...row.wrapped } }] : []))
      .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));

  return {
    get: async (caseId) => {
      const row = rows.get(caseId);
      return row?.status === 'live' ? { ...row.wrapped } : undefined;
    },
    erasure: async (caseId) => {
      const row = rows.get(caseId);
      return row?.status === 'destroyed' ? { ...row.erasure } : undefined;
    },
    put: async (caseId, wrapped) => {
      if (rows.has(caseId)) throw new DataKeyExistsError(caseId);
      rows.set(caseId, { status: 'live', wrapped: { ...wrapped } });
    },
    destroy: async (caseId, at) => {
      const row = rows.get(caseId);
      if (row?.status === 'destroyed') return { ...row.erasure };
      const erasure: ErasureRecord = { keyId: row?.wrapped.keyId ?? null, destroyedAt: new Date(at) };
      rows.set(caseId, { status: 'destroyed', erasure });
      return { ...erasure };
    },
    kekIds: async () => [...new Set(live().map((entry) => entry.wrapped.kekId))].sort(),
    listWrappedBy: async (kekId, limit) =>
      live()
        .filter((entry) => entry.wrapped.kekId === kekId)
        .slice(0, limit),
    rewrap: async (caseId, expectedKekId, wrapped) => {
      const row = rows.get(caseId);
      if (row?.status !== 'live' || row.wrapped.kekId !== expectedKekId) return false;
      if (row.wrapped.keyId !== wrapped.keyId) {
        throw new Error(`rewrap of case ${caseId} must keep data key id ${row.wrapped.keyId}`);
      }
      rows.set(caseId, { status: 'live', wrapped: { ...wrapped } });
      return true;
    },
    dump: () => structuredClone(Object.fromEntries(rows)),
  };
};
