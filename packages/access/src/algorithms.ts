import type { JWK } from 'jose';
import { z } from 'zod';

/** Asymmetric signature algorithms only: never `none`, never HMAC (a public key must not become a secret). */
export const signatureAlgorithms = [
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
  'Ed25519',
] as const;
export type SignatureAlgorithm = (typeof signatureAlgorithms)[number];

export const signatureAlgorithmSchema = z.enum(signatureAlgorithms, {
  error: `an algorithm is one of ${signatureAlgorithms.join(', ')} (none and HMAC are never accepted)`,
});

/** The algorithms an issuer's JWKS is trusted with when the configuration names none. */
export const defaultJwksAlgorithms: readonly SignatureAlgorithm[] = [
  'RS256',
  'PS256',
  'ES256',
  'EdDSA',
  'Ed25519',
];

const isSignatureAlgorithm = (value: unknown): value is SignatureAlgorithm =>
  (signatureAlgorithms as readonly unknown[]).includes(value);

/** The algorithms a public JWK can verify, from its `alg` or else its key type and curve. */
export const algorithmsForJwk = (jwk: JWK): readonly SignatureAlgorithm[] => {
  if (jwk.alg !== undefined) {
    if (!isSignatureAlgorithm(jwk.alg))
      throw new Error(`the verification key's alg '${jwk.alg}' is not accepted`);
    return [jwk.alg];
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return ['ES256'];
  if (jwk.kty === 'EC' && jwk.crv === 'P-384') return ['ES384'];
  if (jwk.kty === 'EC' && jwk.crv === 'P-521') return ['ES512'];
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return ['EdDSA', 'Ed25519'];
  if (jwk.kty === 'RSA') return ['RS256', 'PS256'];
  throw new Error(`cannot tell which algorithm a ${jwk.kty ?? 'typeless'} key verifies; set algorithms`);
};
