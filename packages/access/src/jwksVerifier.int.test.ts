import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK, JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, loadOrCreateDevSigningKey } from './devSigningKey.ts';
import type { DevSigningKey } from './devSigningKey.ts';
import { mintDevToken } from './devToken.ts';
import { TokenVerifierUnavailableError, UnauthorizedError } from './errors.ts';
import { createTestSigningKey, signTestToken } from './testing/tokens.ts';
import type { TestSigningKey } from './testing/tokens.ts';
import { createTokenVerifier, jwksVerifierConfigSchema } from './tokenVerifier.ts';
import type { TokenVerifier } from './tokenVerifier.ts';

const issuer = 'https://idp.example.se/realms/relocation';
const audience = 'relocation-api';
const now = new Date('2030-03-04T09:00:00.000Z');
const nowSeconds = now.getTime() / 1000;

/** A real identity provider's key set, served over real HTTP on a random local port. */
const serveJwks = async (
  keys: () => JWK[],
): Promise<{ server: Server; url: string; requests: () => number }> => {
  let count = 0;
  const server = createServer((request, response) => {
    count += 1;
    if (request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: keys() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/jwks.json`, requests: () => count };
};

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

const claims: JWTPayload = {
  sub: 'kim',
  org: 'police:stockholm',
  roles: ['police'],
  iss: issuer,
  aud: audience,
  iat: nowSeconds,
  exp: nowSeconds + 600,
};

let idpKey: TestSigningKey;
let devKey: DevSigningKey;
let jwks: Awaited<ReturnType<typeof serveJwks>>;
let verifier: TokenVerifier;

beforeAll(async () => {
  idpKey = await createTestSigningKey('idp-2030');
  const unrelated = await createTestSigningKey('idp-old');
  devKey = await loadOrCreateDevSigningKey(await mkdtemp(join(tmpdir(), 'access-jwks-')));
  jwks = await serveJwks(() => [unrelated.publicJwk, idpKey.publicJwk]);
  verifier = createTokenVerifier({
    mode: 'jwks',
    jwksUrl: jwks.url,
    issuer,
    audience,
    currentDate: () => now,
  });
});

afterAll(async () => {
  await close(jwks.server);
});

const reasonOf = async (header: string, using: TokenVerifier = verifier) => {
  const error = await using.verify(header).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return (error as UnauthorizedError).reason;
};

describe('createTokenVerifier (issuer JWKS over HTTP)', () => {
  it('verifies a token signed by a key of the key set', async () => {
    const token = await signTestToken(idpKey, claims);
    expect(await verifier.verify(`Bearer ${token}`)).toEqual({
      userId: 'kim',
      organisationId: 'police:stockholm',
      roles: ['police'],
    });
    expect(jwks.requests()).toBeGreaterThan(0);
  });

  it('refuses a development token', async () => {
    const devToken = await mintDevToken({
      key: devKey,
      sub: 'kim',
      org: 'police:stockholm',
      roles: ['police'],
      now,
    });
    expect(await reasonOf(`Bearer ${devToken}`)).toBe('unknown_key');
  });

  it('refuses a development token even when it claims the external issuer, audience and key id', async () => {
    const forged = await mintDevToken({
      key: { ...devKey, kid: idpKey.kid },
      sub: 'kim',
      org: 'police:stockholm',
      roles: ['police'],
      issuer,
      audience,
      now,
    });
    expect(await reasonOf(`Bearer ${forged}`)).toBe('bad_signature');
  });

  it('refuses a key id the key set does not hold', async () => {
    const stranger = await createTestSigningKey('not-in-jwks');
    expect(await reasonOf(`Bearer ${await signTestToken(stranger, claims)}`)).toBe('unknown_key');
  });

  it('refuses a token for another audience or issuer', async () => {
    expect(await reasonOf(`Bearer ${await signTestToken(idpKey, { ...claims, aud: DEV_AUDIENCE })}`)).toBe(
      'wrong_audience',
    );
    expect(await reasonOf(`Bearer ${await signTestToken(idpKey, { ...claims, iss: 'https://evil' })}`)).toBe(
      'wrong_issuer',
    );
  });

  it('reports an unreachable key set as unavailable, not as unauthorized', async () => {
    const gone = await serveJwks(() => []);
    await close(gone.server);
    const broken = createTokenVerifier({
      mode: 'jwks',
      jwksUrl: gone.url,
      issuer,
      audience,
      currentDate: () => now,
      jwksTimeoutMs: 2000,
    });
    const error = await broken
      .verify(`Bearer ${await signTestToken(idpKey, claims)}`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVerifierUnavailableError);
    expect(error).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  });

  it('validates its configuration: http(s) URL, no none or HMAC algorithms', () => {
    const base = { mode: 'jwks', jwksUrl: 'https://idp.example.se/jwks', issuer, audience };
    expect(jwksVerifierConfigSchema.safeParse(base).success).toBe(true);
    expect(jwksVerifierConfigSchema.safeParse({ ...base, jwksUrl: 'file:///etc/passwd' }).success).toBe(
      false,
    );
    expect(jwksVerifierConfigSchema.safeParse({ ...base, algorithms: ['none'] }).success).toBe(false);
    expect(jwksVerifierConfigSchema.safeParse({ ...base, algorithms: ['HS256'] }).success).toBe(false);
    expect(() => createTokenVerifier({ ...base, mode: 'jwks', algorithms: ['HS256' as never] })).toThrow(
      /none and HMAC are never accepted/,
    );
  });
});
