import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DataKeyStore, WrappedDataKey } from '../dataKeyStore.ts';

const wrappedKey = (keyId: string, kekId: string, fill: string): WrappedDataKey => ({
  keyId,
  kekId,
  iv: fill.repeat(16),
  ct: fill.repeat(43),
  tag: fill.repeat(22),
});

/**
 * The behaviour every `DataKeyStore` adapter must show. Case ids are fresh UUIDs, so a shared store (e.g. one
 * SQL schema per test file) needs no cleaning between tests. KEK ids are prefixed per test for the same reason.
 */
export const dataKeyStoreContract = (name: string, createStore: () => Promise<DataKeyStore>): void => {
  describe(`DataKeyStore contract: ${name}`, () => {
    const kek = (id: string): string => `${id}-${randomUUID().slice(0, 8)}`;

    it('returns undefined for a case without a key', async () => {
      const store = await createStore();
      const caseId = randomUUID();
      expect(await store.get(caseId)).toBeUndefined();
      expect(await store.erasure(caseId)).toBeUndefined();
    });

    it('stores one key per case and refuses a second', async () => {
      const store = await createStore();
      const caseId = randomUUID();
      const k1 = kek('k1');
      await store.put(caseId, wrappedKey('key-a', k1, 'A'));
      await expect(store.put(caseId, wrappedKey('key-b', k1, 'B'))).rejects.toMatchObject({
        code: 'DATA_KEY_EXISTS',
      });
      expect(await store.get(caseId)).toEqual(wrappedKey('key-a', k1, 'A'));
    });

    it('destroys a key for good, records when, and refuses a new key afterwards', async () => {
      const store = await createStore();
      const caseId = randomUUID();
      const k1 = kek('k1');
      await store.put(caseId, wrappedKey('key-a', k1, 'A'));
      const at = new Date('2031-02-03T04:05:06.000Z');
      expect(await store.destroy(caseId, at)).toEqual({ keyId: 'key-a', destroyedAt: at });
      expect(await store.get(caseId)).toBeUndefined();
      expect(await store.listWrappedBy(k1, 10)).toEqual([]);
      expect(await store.destroy(caseId, new Date('2032-01-01T00:00:00.000Z'))).toEqual({
        keyId: 'key-a',
        destroyedAt: at,
      });
      expect(await store.erasure(caseId)).toEqual({ keyId: 'key-a', destroyedAt: at });
      await expect(store.put(caseId, wrappedKey('key-b', k1, 'B'))).rejects.toMatchObject({
        code: 'DATA_KEY_EXISTS',
      });
    });

    it('records the erasure of a case that never had a key', async () => {
      const store = await createStore();
      const caseId = randomUUID();
      const at = new Date('2031-02-03T04:05:06.000Z');
      expect(await store.destroy(caseId, at)).toEqual({ keyId: null, destroyedAt: at });
      await expect(store.put(caseId, wrappedKey('key-a', kek('k1'), 'A'))).rejects.toMatchObject({
        code: 'DATA_KEY_EXISTS',
      });
    });

    it('lists live keys by KEK in batches and re-wraps them with compare-and-set', async () => {
      const store = await createStore();
      const [k1, k2] = [kek('k1'), kek('k2')];
      const cases = [randomUUID(), randomUUID(), randomUUID()];
      for (const [index, caseId] of cases.entries())
        await store.put(caseId, wrappedKey(`key-${index}`, k1, 'A'));
      expect(await store.kekIds()).toContain(k1);

      const firstBatch = await store.listWrappedBy(k1, 2);
      expect(firstBatch).toHaveLength(2);
      const all = await store.listWrappedBy(k1, 10);
      expect(all.map((entry) => entry.caseId).sort()).toEqual([...cases].sort());

      const [target] = all;
      if (target === undefined) throw new Error('expected a key');
      const rewrapped = wrappedKey(target.wrapped.keyId, k2, 'C');
      expect(await store.rewrap(target.caseId, k1, rewrapped)).toBe(true);
      expect(await store.get(target.caseId)).toEqual(rewrapped);
      expect(await store.rewrap(target.caseId, k1, wrappedKey(target.wrapped.keyId, k2, 'D'))).toBe(false);
      expect(await store.listWrappedBy(k1, 10)).toHaveLength(2);
      expect(await store.listWrappedBy(k2, 10)).toEqual([{ caseId: target.caseId, wrapped: rewrapped }]);
      expect(await store.kekIds()).toEqual(expect.arrayContaining([k1, k2]));
    });

    it('does not re-wrap a destroyed key', async () => {
      const store = await createStore();
      const caseId = randomUUID();
      const [k1, k2] = [kek('k1'), kek('k2')];
      await store.put(caseId, wrappedKey('key-a', k1, 'A'));
      await store.destroy(caseId, new Date('2031-01-01T00:00:00.000Z'));
      expect(await store.rewrap(caseId, k1, wrappedKey('key-a', k2, 'B'))).toBe(false);
      expect(await store.get(caseId)).toBeUndefined();
    });
  });
};
