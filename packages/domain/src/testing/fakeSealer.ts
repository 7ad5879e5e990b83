import type { Seal, SealableJson, SealedEnvelope } from '../schemas/sealed.ts';

const toBase64url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');

const fromBase64url = (text: string): string =>
  new TextDecoder().decode(
    Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0)),
  );

/**
 * A reversible stand-in for the API's AES-256-GCM sealer, in the same envelope shape: the "ciphertext" is the
 * JSON in base64url, so plain text never shows in an event, yet tests can read it back. For tests only; it
 * protects nothing.
 */
export const fakeSeal: Seal = (relocationId, _field, value) => ({
  v: 2,
  alg: 'A256GCM',
  keyId: toBase64url(`test-key:${relocationId}`),
  iv: 'dGVzdC1pdg',
  ct: toBase64url(JSON.stringify(value)),
  tag: 'dGVzdC10YWc',
});

export function fakeUnseal(envelope: SealedEnvelope): SealableJson {
  return JSON.parse(fromBase64url(envelope.ct)) as SealableJson;
}
