import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWK, JWTPayload } from 'jose';

export interface TestSigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** A fresh ES256 key pair for tests. */
export const createTestSigningKey = async (kid: string): Promise<TestSigningKey> => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
};

/** Signs exactly the given claims (nothing added), so tests can build every kind of bad token. */
export const signTestToken = (key: TestSigningKey, claims: JWTPayload): Promise<string> =>
  new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);

const part = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** An unsecured token (`alg: none`), as an attacker would send it. */
export const unsecuredToken = (claims: JWTPayload): string =>
  `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;

/** The same token with its payload replaced and the original signature kept. */
export const withTamperedPayload = (token: string, claims: JWTPayload): string => {
  const [header, , signature] = token.split('.');
  return `${header}.${part(claims)}.${signature}`;
};
