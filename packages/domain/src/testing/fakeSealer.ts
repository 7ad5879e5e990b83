import type { Seal, SealableJson, SealedEnvelope } from '../schemas/sealed.ts';

/**
 * A reversible stand-in for the API's AES-256-GCM sealer: the "ciphertext" is the JSON in base64, so plain text
 * never shows in an event, yet tests can read it back. For tests only; it protects nothing.
 */
export const fakeSeal: Seal = (relocationId, value) => ({
  keyId: `test-key:${relocationId}`,
  iv: 'test-iv',
  ciphertext: btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))),
  tag: 'test-tag',
});

export function fakeUnseal(envelope: SealedEnvelope): SealableJson {
  const bytes = Uint8Array.from(atob(envelope.ciphertext), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as SealableJson;
}
