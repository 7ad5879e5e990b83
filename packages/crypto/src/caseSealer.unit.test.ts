import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCaseCrypto } from './caseCrypto.ts';
import { createKeyRing } from './keyRing.ts';
import { createMemoryDataKeyStore } from './memoryDataKeyStore.ts';

const setUp = () => {
  const dataKeys = createMemoryDataKeyStore();
  const crypto = createCaseCrypto({
    keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1: randomBytes(32).toString('base64') } }),
    dataKeys,
  });
  return { crypto, dataKeys };
};

describe('sealerFor / openerFor', () => {
  it('seals synchronously with the case key, creating it once; open and openerFor read it back', async () => {
    const { crypto, dataKeys } = setUp();
    const caseId = randomUUID();
    expect(await dataKeys.get(caseId)).toBeUndefined();
    const seal = await crypto.sealerFor(caseId);
    const first = seal('RelocationInitiated.person', { name: 'Åsa Öberg' });
    const second = seal('RelocationInitiated.person', { name: 'Åsa Öberg' });
    expect(first.iv).not.toBe(second.iv);
    expect(JSON.stringify(first)).not.toContain('Åsa');
    const stored = await dataKeys.get(caseId);
    expect(first.keyId).toBe(stored?.keyId);
    expect(await crypto.open(caseId, first, 'RelocationInitiated.person')).toEqual({ name: 'Åsa Öberg' });
    const open = await crypto.openerFor(caseId);
    expect(open(second, 'RelocationInitiated.person')).toEqual({ name: 'Åsa Öberg' });
    const again = await crypto.sealerFor(caseId);
    expect(again('CaseSuspended.reason', 'x').keyId).toBe(first.keyId);
  });

  it('an opener refuses envelopes of another case and tampered ones', async () => {
    const { crypto } = setUp();
    const caseA = randomUUID();
    const caseB = randomUUID();
    const sealA = await crypto.sealerFor(caseA);
    const sealB = await crypto.sealerFor(caseB);
    const openA = await crypto.openerFor(caseA);
    expect(() => openA(sealB('CaseSuspended.reason', 'b'), 'CaseSuspended.reason')).toThrow(
      expect.objectContaining({ code: 'ENVELOPE_TAMPERED' }),
    );
    expect(() =>
      openA({ ...sealA('CaseSuspended.reason', 'a'), ct: 'AAAA' }, 'CaseSuspended.reason'),
    ).toThrow(expect.objectContaining({ code: 'ENVELOPE_TAMPERED' }));
    expect(() => openA({ nope: true }, 'CaseSuspended.reason')).toThrow(
      expect.objectContaining({ reason: 'malformed' }),
    );
  });

  it('binds the field: an envelope moved to another field of the same case does not open', async () => {
    const { crypto } = setUp();
    const caseId = randomUUID();
    const seal = await crypto.sealerFor(caseId);
    const open = await crypto.openerFor(caseId);
    const reason = seal('HandoverDeclined.reason', 'Inga platser.');
    expect(open(reason, 'HandoverDeclined.reason')).toBe('Inga platser.');
    expect(reason.v).toBe(2);
    for (const field of ['CaseSuspended.reason', 'RelocationInitiated.person', '']) {
      expect(() => open(reason, field)).toThrow(
        expect.objectContaining({ code: 'ENVELOPE_TAMPERED', reason: 'authentication_failed' }),
      );
    }
    // Relabelling a v2 envelope as v1 (bound to the case only) does not get around the field binding.
    expect(() => open({ ...reason, v: 1 }, 'CaseSuspended.reason')).toThrow(
      expect.objectContaining({ reason: 'authentication_failed' }),
    );
  });

  it('refuses after erasure and for a case without a key', async () => {
    const { crypto } = setUp();
    const caseId = randomUUID();
    await expect(crypto.openerFor(caseId)).rejects.toMatchObject({ code: 'DATA_KEY_NOT_FOUND' });
    await crypto.sealerFor(caseId);
    await crypto.erase(caseId);
    await expect(crypto.sealerFor(caseId)).rejects.toMatchObject({ code: 'DATA_KEY_DESTROYED' });
    await expect(crypto.openerFor(caseId)).rejects.toMatchObject({ code: 'DATA_KEY_DESTROYED' });
  });

  it('only seals JSON values', async () => {
    const { crypto } = setUp();
    const seal = await crypto.sealerFor(randomUUID());
    expect(() => seal('CaseSuspended.reason', undefined)).toThrow(TypeError);
  });
});
