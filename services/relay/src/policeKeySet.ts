import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';

export type PoliceKeySource = { readonly url: string } | { readonly file: string };

/**
 * The police issuer's public keys: fetched from its JWKS URL (cached by jose, refetched for an unknown `kid`), or
 * read once from a JWKS file (development: written by `sign-assessment`). A file holding a private key is refused.
 */
export function policeKeySet(source: PoliceKeySource): JWTVerifyGetKey {
  if ('url' in source) return createRemoteJWKSet(new URL(source.url), { timeoutDuration: 5_000 });
  let jwks: JSONWebKeySet;
  try {
    jwks = JSON.parse(readFileSync(source.file, 'utf8')) as JSONWebKeySet;
  } catch {
    throw new Error(`RELAY_POLICE_JWKS_FILE ${source.file} cannot be read as JSON`);
  }
  if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new Error(`RELAY_POLICE_JWKS_FILE ${source.file} is not a JWKS: it has no keys`);
  }
  if (jwks.keys.some((key) => 'd' in key)) {
    throw new Error(
      `RELAY_POLICE_JWKS_FILE ${source.file} holds a private key: give the relay the public keys only`,
    );
  }
  return createLocalJWKSet(jwks);
}
