import { createPublicKey } from 'node:crypto';
import { SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnauthorizedReason } from './errors.ts';
import { UnauthorizedError } from './errors.ts';
import {
  createTestSigningKey,
  signTestToken,
  unsecuredToken,
  withTamperedPayload,
} from './testing/tokens.ts';
import type { TestSigningKey } from './testing/tokens.ts';
import { createTokenVerifier } from './tokenVerifier.ts';
import type { TokenVerifier } from './tokenVerifier.ts';

const issuer = 'https://idp.example.se/realms/relocation';
const audience = 'relocation-api';
const now = new Date('2030-03-04T09:00:00.000Z');
const nowSeconds = now.getTime() / 1000;

const goodClaims: JWTPayload = {
  sub: 'anna',
  org: 'municipality:0180',
  roles: ['caseworker', 'supervisor'],
  iss: issuer,
  aud: audience,
  iat: nowSeconds - 60,
  nbf: nowSeconds - 60,
  exp: nowSeconds + 3600,
};

let key: TestSigningKey;
let otherKey: TestSigningKey;
let verifier: TokenVerifier;

beforeAll(async () => {
  key = await createTestSigningKey('key-1');
  otherKey = await createTestSigningKey('key-1');
  verifier = createTokenVerifier({
    mode: 'local',
    publicKey: key.publicJwk,
    issuer,
    audience,
    clockToleranceSeconds: 30,
    currentDate: () => now,
  });
});

const rejection = async (header: string | undefined, using: TokenVerifier = verifier) => {
  const error = await using.verify(header).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
};

const expectReason = async (
  header: string | undefined,
  reason: UnauthorizedReason,
  using?: TokenVerifier,
) => {
  const error = await rejection(header, using);
  expect({ code: error.code, reason: error.reason }).toEqual({ code: 'UNAUTHORIZED', reason });
};

const bearer = async (claims: JWTPayload, signer: TestSigningKey = key): Promise<string> =>
  `Bearer ${await signTestToken(signer, claims)}`;

describe('createTokenVerifier (local key)', () => {
  it('turns a valid token into a principal', async () => {
    expect(await verifier.verify(await bearer(goodClaims))).toEqual({
      userId: 'anna',
      organisationId: 'municipality:0180',
      roles: ['caseworker', 'supervisor'],
    });
  });

  it('accepts any case of the Bearer scheme and an audience list containing ours', async () => {
    const token = await signTestToken(key, { ...goodClaims, aud: ['other', audience] });
    expect((await verifier.verify(`bearer ${token}`)).userId).toBe('anna');
  });

  it.each([undefined, ''])('refuses a missing header (%j)', async (header) => {
    await expectReason(header, 'missing_token');
  });

  it.each([
    'Bearer',
    'Bearer ',
    'Basic YW5uYTpzZWNyZXQ=',
    'Bearer not-a-jwt',
    'Bearer a.b',
    'Bearer a.b.c.d',
    'Bearer ä.b.c',
  ])('refuses the malformed header %j', async (header) => {
    await expectReason(header, 'malformed');
  });

  it('refuses a well-shaped token whose parts are not JSON', async () => {
    await expectReason('Bearer eyJub3Q.eyJqc29u.c2ln', 'malformed');
  });

  it('refuses an expired token, beyond the clock tolerance only', async () => {
    await expectReason(await bearer({ ...goodClaims, exp: nowSeconds - 31 }), 'expired');
    expect((await verifier.verify(await bearer({ ...goodClaims, exp: nowSeconds - 29 }))).userId).toBe(
      'anna',
    );
  });

  it('refuses a token that is not yet valid, beyond the clock tolerance only', async () => {
    await expectReason(await bearer({ ...goodClaims, nbf: nowSeconds + 31 }), 'not_yet_valid');
    expect((await verifier.verify(await bearer({ ...goodClaims, nbf: nowSeconds + 29 }))).userId).toBe(
      'anna',
    );
  });

  it('judges time by the injected clock', async () => {
    const header = await bearer(goodClaims);
    const later = createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer,
      audience,
      clockToleranceSeconds: 0,
      currentDate: () => new Date(now.getTime() + 3600_000),
    });
    await expectReason(header, 'expired', later);
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    await expectReason(await bearer({ ...goodClaims, iss: 'urn:relocation:dev' }), 'wrong_issuer');
    await expectReason(await bearer({ ...goodClaims, aud: 'another-api' }), 'wrong_audience');
    await expectReason(await bearer({ ...goodClaims, iss: undefined }), 'wrong_issuer');
  });

  it('refuses alg none', async () => {
    await expectReason(`Bearer ${unsecuredToken(goodClaims)}`, 'algorithm_not_allowed');
  });

  it('refuses an HMAC token keyed with the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(key.publicJwk));
    const token = await new SignJWT(goodClaims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    await expectReason(`Bearer ${token}`, 'algorithm_not_allowed');
  });

  it('refuses a token signed by another key', async () => {
    await expectReason(await bearer(goodClaims, otherKey), 'bad_signature');
  });

  it('refuses tampered claims', async () => {
    const token = await signTestToken(key, goodClaims);
    const tampered = withTamperedPayload(token, { ...goodClaims, org: 'police:syd', roles: ['police'] });
    await expectReason(`Bearer ${tampered}`, 'bad_signature');
  });

  it.each([
    ['roles that do not fit the organisation', { roles: ['police'] }],
    ['an unknown organisation kind', { org: 'region:stockholm' }],
    ['a malformed kommunkod', { org: 'municipality:18' }],
    ['no roles', { roles: [] }],
    ['an unknown role', { roles: ['admin'] }],
    ['no org', { org: undefined }],
    ['no sub', { sub: undefined }],
    ['no exp', { exp: undefined }],
  ])('refuses a correctly signed token with %s', async (_, change) => {
    await expectReason(await bearer({ ...goodClaims, ...change }), 'invalid_claims');
  });

  it('checks municipality codes against the list it is given', async () => {
    const strict = createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer,
      audience,
      currentDate: () => now,
      isKnownMunicipality: (code) => code === '0180',
    });
    expect((await strict.verify(await bearer(goodClaims))).organisationId).toBe('municipality:0180');
    await expectReason(await bearer({ ...goodClaims, org: 'municipality:9999' }), 'invalid_claims', strict);
  });

  it('keeps token content out of the error message', async () => {
    const error = await rejection(await bearer({ ...goodClaims, sub: 'Åsa Öberg', roles: ['police'] }));
    expect(error.message).not.toContain('Åsa');
  });

  it('accepts a KeyObject with explicit algorithms and refuses a private key', async () => {
    const publicKey = createPublicKey({ key: key.publicJwk as never, format: 'jwk' });
    const fromKeyObject = createTokenVerifier({
      mode: 'local',
      publicKey,
      algorithms: ['ES256'],
      issuer,
      audience,
      currentDate: () => now,
    });
    expect((await fromKeyObject.verify(await bearer(goodClaims))).userId).toBe('anna');
    expect(() =>
      createTokenVerifier({ mode: 'local', publicKey: { ...key.publicJwk, d: 'secret' }, issuer, audience }),
    ).toThrow('not a private one');
  });
});

describe('token age (issue 10)', () => {
  const capped = () =>
    createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer,
      audience,
      clockToleranceSeconds: 30,
      maxTokenAgeSeconds: 3600,
      currentDate: () => now,
    });

  it('refuses a token issued in the future beyond the clock tolerance, with or without a maximum age', async () => {
    const future = { ...goodClaims, iat: nowSeconds + 600 };
    await expectReason(await bearer(future), 'issued_in_future');
    await expectReason(await bearer(future), 'issued_in_future', capped());
    // Within the tolerance is fine.
    expect(await verifier.verify(await bearer({ ...goodClaims, iat: nowSeconds + 20 }))).toBeDefined();
  });

  it('refuses a lifetime over the configured maximum, and a token without iat when one is set', async () => {
    const year = { ...goodClaims, iat: nowSeconds - 60, exp: nowSeconds + 365 * 86_400 };
    await expectReason(await bearer(year), 'lifetime_too_long', capped());
    const { iat: _iat, ...noIat } = goodClaims;
    await expectReason(await bearer(noIat), 'invalid_claims', capped());
    expect(await capped().verify(await bearer({ ...goodClaims, exp: nowSeconds + 3500 }))).toMatchObject({
      userId: 'anna',
    });
  });

  it('refuses a user id the event store could not hold (a NUL, a lone surrogate)', async () => {
    await expectReason(await bearer({ ...goodClaims, sub: 'an\u0000na' }), 'invalid_claims');
    await expectReason(await bearer({ ...goodClaims, sub: 'an\ud800na' }), 'invalid_claims');
  });
});

describe('remembering verified tokens', () => {
  const clockAt = (start: Date) => {
    let current = start.getTime();
    return {
      now: () => new Date(current),
      advance: (seconds: number) => {
        current += seconds * 1000;
      },
    };
  };
  const cachingVerifier = (
    clock: { now: () => Date },
    extra: { cacheSize?: number; cacheSeconds?: number } = {},
  ) =>
    createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer,
      audience,
      clockToleranceSeconds: 30,
      currentDate: clock.now,
      ...extra,
    });

  it('still refuses a remembered token once it has expired', async () => {
    const clock = clockAt(now);
    const remembering = cachingVerifier(clock);
    const header = await bearer({ ...goodClaims, exp: nowSeconds + 40 });
    expect((await remembering.verify(header)).userId).toBe('anna');
    clock.advance(20);
    expect((await remembering.verify(header)).userId).toBe('anna');
    clock.advance(51); // 71 s on: 40 s of life and 30 s of tolerance are over
    await expectReason(header, 'expired', remembering);
  });

  it('verifies a token with the same claims but another signature on its own', async () => {
    const remembering = cachingVerifier(clockAt(now));
    const header = await bearer(goodClaims);
    await remembering.verify(header);
    await expectReason(await bearer(goodClaims, otherKey), 'bad_signature', remembering);
    await expectReason(
      `Bearer ${withTamperedPayload(header.slice(7), { ...goodClaims, org: 'coordinator:national' })}`,
      'bad_signature',
      remembering,
    );
  });

  it('keeps a token no longer than cacheSeconds nor beyond cacheSize, and verifies it again then', async () => {
    const clock = clockAt(now);
    const remembering = cachingVerifier(clock, { cacheSize: 1, cacheSeconds: 10 });
    const first = await bearer(goodClaims);
    const second = await bearer({ ...goodClaims, sub: 'bengt' });
    expect((await remembering.verify(first)).userId).toBe('anna');
    expect((await remembering.verify(second)).userId).toBe('bengt');
    expect((await remembering.verify(first)).userId).toBe('anna');
    clock.advance(11);
    expect((await remembering.verify(first)).userId).toBe('anna');
  });

  it('with cacheSize 0 verifies every time, with the same answers', async () => {
    const clock = clockAt(now);
    const verifying = cachingVerifier(clock, { cacheSize: 0 });
    const header = await bearer({ ...goodClaims, exp: nowSeconds + 40 });
    expect((await verifying.verify(header)).userId).toBe('anna');
    clock.advance(71);
    await expectReason(header, 'expired', verifying);
  });
});
