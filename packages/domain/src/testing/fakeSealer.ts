import type { Seal, SealableJson, SealedEnvelope } from '../schemas/sealed.ts';

/**
 * A reversible stand-in for the API's AES-256-GCM sealer: the "ciphertext" is the JSON itself, percent-encoded.
 * For tests only; it protects nothing.
 */
export const fakeSeal: Seal = (relocationId, value) => ({
  keyId: `test-key:${relocationId}`,
  iv: 'test-iv',
  ciphertext: encodeURIComponent(JSON.stringify(value)),
  tag: 'test-tag',
});

export function fakeUnseal(envelope: SealedEnvelope): SealableJson {
  return JSON.parse(decodeURIComponent(envelope.ciphertext)) as SealableJson;
}
