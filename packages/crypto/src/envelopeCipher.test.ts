import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openWithDataKey, sealWithDataKey } from './envelopeCipher.ts';

describe('envelope cipher', () => {
  it('authenticates the case id: the same key cannot open the envelope as another case', () => {
    const dataKey = randomBytes(32);
    const envelope = sealWithDataKey({
      caseId: 'case-a',
      keyId: 'k',
      dataKey,
      iv: randomBytes(12),
      json: [1],
    });
    expect(openWithDataKey('case-a', dataKey, envelope)).toEqual([1]);
    expect(() => openWithDataKey('case-b', dataKey, envelope)).toThrow(
      expect.objectContaining({ code: 'ENVELOPE_TAMPERED', reason: 'authentication_failed' }),
    );
  });

  it('does not open with another key', () => {
    const envelope = sealWithDataKey({
      caseId: 'case-a',
      keyId: 'k',
      dataKey: randomBytes(32),
      iv: randomBytes(12),
      json: { a: 'ö' },
    });
    expect(() => openWithDataKey('case-a', randomBytes(32), envelope)).toThrow(/authentication_failed/);
  });
});
