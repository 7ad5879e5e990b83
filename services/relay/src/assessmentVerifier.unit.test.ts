import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentVerifier } from './assessmentVerifier.ts';
import type { AssessmentVerifier } from './assessmentVerifier.ts';
import { policeKeySet } from './policeKeySet.ts';
import { signAssessment } from './signAssessment.ts';

const issuer = 'https://polisen.example/issuer';
const audience = 'urn:relocation:relay';
const now = new Date('2026-11-23T12:00:00Z');
const assessment = {
  relocationId: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  level: 'high' as const,
  validUntil: '2027-05-23T00:00:00Z',
  extraExclusionZones: [],
  recommendation: 'Placering norr om Dalälven.',
  policeCaseReference: '5000-K123456-26',
};

describe('createAssessmentVerifier with a JWKS file', () => {
  let privateKey: CryptoKey;
  let publicJwk: JWK;
  let jwksFile: string;
  let verify: AssessmentVerifier;

  const sign = (overrides: { issuedAt?: Date; lifetimeSeconds?: number; key?: CryptoKey } = {}) =>
    signAssessment(
      { privateKey: overrides.key ?? privateKey, alg: 'ES256', kid: 'k1', issuer },
      {
        assessment,
        officer: 'pol-4711',
        region: 'police:syd',
        audience,
        messageId: randomUUID(),
        issuedAt: overrides.issuedAt ?? now,
        lifetimeSeconds: overrides.lifetimeSeconds ?? 600,
      },
    );

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    privateKey = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
    jwksFile = join(mkdtempSync(join(tmpdir(), 'police-jwks-')), 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [publicJwk] }));
    verify = createAssessmentVerifier({
      keySet: policeKeySet({ file: jwksFile }),
      issuer,
      audience,
      algorithms: ['ES256'],
      maxLifetimeSeconds: 3_600,
      clock: () => now,
    });
  });

  it('accepts a signed assessment and returns the signed claims as the actor', async () => {
    const result = await verify(Buffer.from(await sign()));
    expect(result).toMatchObject({
      ok: true,
      message: { sub: 'pol-4711', org: 'police:syd', iss: issuer, level: 'high' },
    });
  });

  it.each([
    ['no value', null, 'empty_value'],
    ['plain JSON', JSON.stringify(assessment), 'unsigned'],
    ['two parts', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0', 'unsigned'],
  ])('refuses %s as %s', async (_name, value, code) => {
    expect(await verify(value)).toMatchObject({ ok: false, reason: { code } });
  });

  it('refuses another key, an expired, a long-lived and a future message', async () => {
    const other = (await generateKeyPair('ES256')).privateKey;
    expect(await verify(await sign({ key: other }))).toMatchObject({ reason: { code: 'invalid_signature' } });
    expect(
      await verify(await sign({ issuedAt: new Date(now.getTime() - 700_000), lifetimeSeconds: 600 })),
    ).toMatchObject({ reason: { code: 'expired' } });
    expect(await verify(await sign({ lifetimeSeconds: 7_200 }))).toMatchObject({
      reason: { code: 'invalid_claims' },
    });
    expect(await verify(await sign({ issuedAt: new Date(now.getTime() + 600_000) }))).toMatchObject({
      reason: { code: 'invalid_claims' },
    });
  });

  it('refuses a key set file that holds a private key, or no keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'police-jwks-bad-'));
    const withPrivate = join(dir, 'private.json');
    writeFileSync(withPrivate, JSON.stringify({ keys: [await exportJWK(privateKey)] }));
    expect(() => policeKeySet({ file: withPrivate })).toThrow('private key');
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify({ keys: [] }));
    expect(() => policeKeySet({ file: empty })).toThrow('no keys');
    expect(() => policeKeySet({ file: join(dir, 'missing.json') })).toThrow('cannot be read');
  });
});
