import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaseCrypto } from './caseCrypto.ts';
import type { CaseCrypto } from './caseCrypto.ts';
import { DataKeyDestroyedError, EnvelopeTamperedError } from './errors.ts';
import type { KekConfig } from './kekConfig.ts';
import { createKeyRing } from './keyRing.ts';
import { createMemoryDataKeyStore } from './memoryDataKeyStore.ts';
import type { MemoryDataKeyStore } from './memoryDataKeyStore.ts';
import type { SealedEnvelope } from './sealedEnvelope.ts';

const kek = (): string => randomBytes(32).toString('base64');

interface Fixture {
  readonly crypto: CaseCrypto;
  readonly store: MemoryDataKeyStore;
  readonly config: KekConfig;
}

const setUp = (config: KekConfig = { activeKekId: 'k1', keks: { k1: kek() } }): Fixture => {
  const store = createMemoryDataKeyStore();
  const crypto = createCaseCrypto({
    keyRing: createKeyRing(config),
    dataKeys: store,
    now: () => new Date('2031-06-01T12:00:00.000Z'),
  });
  return { crypto, store, config };
};

const person = {
  name: 'Åsa Öberg-Ñúñez 李小龍',
  personnummer: '19800101-1234',
  note: 'emoji 🧳 and \u0000 control and "quotes"',
  children: [{ age: 7 }, { age: 12 }],
};

/** Flips one bit in the decoded bytes of a base64url field. */
const flipBit = (envelope: SealedEnvelope, field: 'iv' | 'ct' | 'tag', bit = 0): SealedEnvelope => {
  const bytes = Buffer.from(envelope[field], 'base64url');
  const index = Math.floor(bit / 8) % bytes.length;
  bytes[index] = (bytes[index] ?? 0) ^ (1 << (bit % 8));
  return { ...envelope, [field]: bytes.toString('base64url') };
};

describe('createCaseCrypto', () => {
  it('round-trips unicode JSON and does not show it in the envelope', async () => {
    const { crypto } = setUp();
    const caseId = randomUUID();
    const envelope = await crypto.seal(caseId, person);
    expect(envelope).toMatchObject({ v: 2, alg: 'A256GCM' });
    expect(JSON.stringify(envelope)).not.toContain('19800101');
    expect(Buffer.from(envelope.iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(envelope.tag, 'base64url')).toHaveLength(16);
    expect(await crypto.open(caseId, envelope)).toEqual(person);
  });

  it('uses one data key per case and a fresh IV for every envelope', async () => {
    const { crypto, store } = setUp();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    const first = await crypto.seal(caseA, person);
    const second = await crypto.seal(caseA, person);
    const other = await crypto.seal(caseB, person);
    expect(second.keyId).toBe(first.keyId);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ct).not.toBe(first.ct);
    expect(other.keyId).not.toBe(first.keyId);
    expect((await store.get(caseA))?.keyId).toBe(first.keyId);
  });

  it('creates a single key when two seals of a new case race', async () => {
    const { crypto } = setUp();
    const caseId = randomUUID();
    const envelopes = await Promise.all([1, 2, 3, 4].map((n) => crypto.seal(caseId, { n })));
    expect(new Set(envelopes.map((envelope) => envelope.keyId)).size).toBe(1);
    for (const [index, envelope] of envelopes.entries()) {
      expect(await crypto.open(caseId, envelope)).toEqual({ n: index + 1 });
    }
  });

  it.each(['iv', 'ct', 'tag'] as const)('detects a flipped bit in %s', async (field) => {
    const { crypto } = setUp();
    const caseId = randomUUID();
    const envelope = await crypto.seal(caseId, person);
    for (const bit of [0, 7, 37, 95]) {
      const error = await crypto.open(caseId, flipBit(envelope, field, bit)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EnvelopeTamperedError);
      expect(error).toMatchObject({ code: 'ENVELOPE_TAMPERED', reason: 'authentication_failed' });
    }
  });

  it('rejects a truncated tag and a malformed envelope', async () => {
    const { crypto } = setUp();
    const caseId = randomUUID();
    const envelope = await crypto.seal(caseId, person);
    const shortTag = {
      ...envelope,
      tag: Buffer.from(envelope.tag, 'base64url').subarray(0, 4).toString('base64url'),
    };
    await expect(crypto.open(caseId, shortTag)).rejects.toMatchObject({ reason: 'authentication_failed' });
    await expect(crypto.open(caseId, { ...envelope, v: 3 })).rejects.toMatchObject({ reason: 'malformed' });
    await expect(crypto.open(caseId, { ...envelope, ct: 'not base64url!' })).rejects.toMatchObject({
      reason: 'malformed',
    });
  });

  it('refuses to open an envelope of case A as case B', async () => {
    const { crypto } = setUp();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    const fromA = await crypto.seal(caseA, person);
    await crypto.seal(caseB, { other: true });
    await expect(crypto.open(caseB, fromA)).rejects.toMatchObject({
      code: 'ENVELOPE_TAMPERED',
      reason: 'key_mismatch',
    });
    // Even with B's key id written into it, A's envelope does not authenticate as B's.
    const keyIdOfB = (await crypto.seal(caseB, {})).keyId;
    await expect(crypto.open(caseB, { ...fromA, keyId: keyIdOfB })).rejects.toMatchObject({
      reason: 'authentication_failed',
    });
  });

  it('binds the envelope to the case id itself (AAD), not only to the key', async () => {
    const { crypto, store } = setUp();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    const fromA = await crypto.seal(caseA, person);
    // An attacker with write access copies A's wrapped key row to B: the key does not even unwrap there.
    const wrappedA = await store.get(caseA);
    if (wrappedA === undefined) throw new Error('expected a key');
    await store.put(caseB, wrappedA);
    await expect(crypto.open(caseB, fromA)).rejects.toMatchObject({ code: 'DATA_KEY_UNWRAP_FAILED' });
  });

  it('after erasure, open throws DATA_KEY_DESTROYED and no key material is left', async () => {
    const { crypto, store, config } = setUp();
    const caseId = randomUUID();
    const envelope = await crypto.seal(caseId, person);
    const wrapped = await store.get(caseId);
    if (wrapped === undefined) throw new Error('expected a key');

    expect(await crypto.erase(caseId)).toEqual({ destroyedAt: new Date('2031-06-01T12:00:00.000Z') });

    const error = await crypto.open(caseId, envelope).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataKeyDestroyedError);
    expect(error).toMatchObject({ code: 'DATA_KEY_DESTROYED', caseId });
    const dumped = JSON.stringify(store.dump());
    expect(dumped).not.toContain(wrapped.ct);
    expect(dumped).not.toContain(wrapped.tag);
    // A fresh instance with the same KEKs and store cannot open it either, nor seal new data for the case.
    const again = createCaseCrypto({ keyRing: createKeyRing(config), dataKeys: store });
    await expect(again.open(caseId, envelope)).rejects.toMatchObject({ code: 'DATA_KEY_DESTROYED' });
    await expect(again.seal(caseId, { more: 1 })).rejects.toMatchObject({ code: 'DATA_KEY_DESTROYED' });
    // Erasure is idempotent and keeps the first time.
    expect(await again.erase(caseId)).toEqual({ destroyedAt: new Date('2031-06-01T12:00:00.000Z') });
  });

  it('erasing one case leaves the others readable', async () => {
    const { crypto } = setUp();
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    await crypto.seal(caseA, person);
    const fromB = await crypto.seal(caseB, { b: 1 });
    await crypto.erase(caseA);
    expect(await crypto.open(caseB, fromB)).toEqual({ b: 1 });
  });

  it('reports an envelope of a case that never had a key', async () => {
    const { crypto } = setUp();
    const envelope = await crypto.seal(randomUUID(), person);
    await expect(crypto.open(randomUUID(), envelope)).rejects.toMatchObject({ code: 'DATA_KEY_NOT_FOUND' });
  });

  it('rotates to a new KEK without touching ciphertexts; the old KEK can then be removed', async () => {
    const [k1, k2] = [kek(), kek()];
    const store = createMemoryDataKeyStore();
    const before = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1 } }),
      dataKeys: store,
    });
    const cases = Array.from({ length: 130 }, () => randomUUID());
    const envelopes = await Promise.all(cases.map((caseId, n) => before.seal(caseId, { n, person })));
    const erased = cases[0] ?? '';
    await before.erase(erased);

    const during = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1, k2 } }),
      dataKeys: store,
    });
    expect(await during.rotate('k2')).toEqual({ activeKekId: 'k2', rewrapped: { k1: 129 } });
    expect(during.activeKekId).toBe('k2');
    expect(await store.kekIds()).toEqual(['k2']);
    expect(await during.rotate('k2')).toEqual({ activeKekId: 'k2', rewrapped: {} });

    const after = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k2', keks: { k2 } }),
      dataKeys: store,
    });
    for (const [n, caseId] of cases.entries()) {
      const envelope = envelopes[n];
      if (caseId === erased) {
        await expect(after.open(caseId, envelope)).rejects.toMatchObject({ code: 'DATA_KEY_DESTROYED' });
      } else {
        expect(await after.open(caseId, envelope)).toEqual({ n, person });
      }
    }
    const fresh = randomUUID();
    expect(await after.open(fresh, await after.seal(fresh, 'new'))).toBe('new');
  });

  it('refuses to rotate to an unknown KEK or while keys are wrapped by a KEK missing from the ring', async () => {
    const [k1, k2] = [kek(), kek()];
    const store = createMemoryDataKeyStore();
    const old = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1 } }),
      dataKeys: store,
    });
    const caseId = randomUUID();
    const envelope = await old.seal(caseId, person);
    const withoutK1 = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k2', keks: { k2 } }),
      dataKeys: store,
    });
    await expect(withoutK1.rotate('k3')).rejects.toMatchObject({ code: 'UNKNOWN_KEK', kekIds: ['k3'] });
    await expect(withoutK1.rotate('k2')).rejects.toMatchObject({ code: 'UNKNOWN_KEK', kekIds: ['k1'] });
    expect(await old.open(caseId, envelope)).toEqual(person);
  });

  it('a KEK with the same id but other material does not unwrap', async () => {
    const store = createMemoryDataKeyStore();
    const one = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1: kek() } }),
      dataKeys: store,
    });
    const other = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1: kek() } }),
      dataKeys: store,
    });
    const caseId = randomUUID();
    const envelope = await one.seal(caseId, person);
    await expect(other.open(caseId, envelope)).rejects.toMatchObject({
      code: 'DATA_KEY_UNWRAP_FAILED',
      kekId: 'k1',
    });
  });

  it('refuses values that are not JSON', async () => {
    const { crypto } = setUp();
    await expect(crypto.seal(randomUUID(), undefined)).rejects.toThrow(TypeError);
  });

  it('round-trips arbitrary JSON (property)', async () => {
    const { crypto } = setUp();
    const caseIds = [randomUUID(), randomUUID(), randomUUID()];
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(...caseIds), async (value, caseId) => {
        const envelope = await crypto.seal(caseId, value);
        expect(await crypto.open(caseId, envelope)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('createCaseCrypto randomness', () => {
  it('takes key material, key ids and IVs from the injected source', async () => {
    let counter = 0;
    const deterministic = (size: number) => Buffer.alloc(size, (counter += 1));
    const config: KekConfig = { activeKekId: 'k1', keks: { k1: kek() } };
    const sealOnce = async () => {
      counter = 0;
      const crypto = createCaseCrypto({
        keyRing: createKeyRing(config),
        dataKeys: createMemoryDataKeyStore(),
        randomBytes: deterministic,
      });
      return crypto.seal('case-1', person);
    };
    const [first, second] = [await sealOnce(), await sealOnce()];
    expect(second).toEqual(first);
    expect(first.keyId).toBe(Buffer.alloc(16, 2).toString('base64url'));
  });

  it('refuses a source that returns the wrong number of bytes', async () => {
    const crypto = createCaseCrypto({
      keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1: kek() } }),
      dataKeys: createMemoryDataKeyStore(),
      randomBytes: () => Buffer.alloc(4),
    });
    await expect(crypto.seal(randomUUID(), person)).rejects.toThrow(
      'randomBytes returned 4 bytes, expected 32',
    );
  });
});
