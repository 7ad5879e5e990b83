import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gcmEncrypt } from './aesGcm.ts';
import { openWithDataKey, sealWithDataKey } from './envelopeCipher.ts';

const tampered = expect.objectContaining({ code: 'ENVELOPE_TAMPERED', reason: 'authentication_failed' });

describe('envelope cipher', () => {
  it('authenticates the case id and the field: the same key opens it only as that field of that case', () => {
    const dataKey = randomBytes(32);
    const envelope = sealWithDataKey({
      caseId: 'case-a',
      field: 'CaseSuspended.reason',
      keyId: 'k',
      dataKey,
      iv: randomBytes(12),
      json: [1],
    });
    expect(envelope.v).toBe(2);
    expect(openWithDataKey('case-a', 'CaseSuspended.reason', dataKey, envelope)).toEqual([1]);
    expect(() => openWithDataKey('case-b', 'CaseSuspended.reason', dataKey, envelope)).toThrow(tampered);
    expect(() => openWithDataKey('case-a', 'CaseResumed.reason', dataKey, envelope)).toThrow(tampered);
    expect(() => openWithDataKey('case-a', 'CaseSuspended.reason', dataKey, { ...envelope, v: 1 })).toThrow(
      tampered,
    );
  });

  it('still opens v1 envelopes (bound to the case only), in any field, and only for their case', () => {
    const dataKey = randomBytes(32);
    const iv = randomBytes(12);
    const sealed = gcmEncrypt(
      dataKey,
      iv,
      Buffer.from(JSON.stringify('Gammal text.')),
      Buffer.from('case-a'),
    );
    const v1 = {
      v: 1 as const,
      alg: 'A256GCM' as const,
      keyId: 'k',
      iv: sealed.iv.toString('base64url'),
      ct: sealed.ct.toString('base64url'),
      tag: sealed.tag.toString('base64url'),
    };
    expect(openWithDataKey('case-a', 'CaseSuspended.reason', dataKey, v1)).toBe('Gammal text.');
    expect(() => openWithDataKey('case-b', 'CaseSuspended.reason', dataKey, v1)).toThrow(tampered);
    expect(() => openWithDataKey('case-a', 'CaseSuspended.reason', dataKey, { ...v1, v: 2 })).toThrow(
      tampered,
    );
  });

  it('does not open with another key', () => {
    const envelope = sealWithDataKey({
      caseId: 'case-a',
      field: 'x',
      keyId: 'k',
      dataKey: randomBytes(32),
      iv: randomBytes(12),
      json: { a: 'ö' },
    });
    expect(() => openWithDataKey('case-a', 'x', randomBytes(32), envelope)).toThrow(/authentication_failed/);
  });
});
