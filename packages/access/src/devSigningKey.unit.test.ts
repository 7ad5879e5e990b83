import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevSigningKey } from './devSigningKey.ts';
import { mintDevToken } from './devToken.ts';
import { createTokenVerifier } from './tokenVerifier.ts';

const freshDir = () => mkdtemp(join(tmpdir(), 'access-devkey-'));
const now = new Date('2030-03-04T09:00:00.000Z');

describe('loadOrCreateDevSigningKey', () => {
  it('creates the key once, with mode 0600, and loads the same key afterwards', async () => {
    const dataDir = join(await freshDir(), 'nested', 'data');
    const first = await loadOrCreateDevSigningKey(dataDir);
    expect(first.path).toBe(join(dataDir, 'dev-signing-key.json'));
    expect((await stat(first.path)).mode & 0o777).toBe(0o600);
    const second = await loadOrCreateDevSigningKey(dataDir);
    expect(second.kid).toBe(first.kid);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(first.publicJwk).not.toHaveProperty('d');
  });

  it('gives processes that start together one and the same key', async () => {
    const dataDir = await freshDir();
    const keys = await Promise.all([1, 2, 3, 4, 5].map(() => loadOrCreateDevSigningKey(dataDir)));
    expect(new Set(keys.map((key) => key.kid)).size).toBe(1);
  });

  it('refuses a key file that others can read', async () => {
    const dataDir = await freshDir();
    const key = await loadOrCreateDevSigningKey(dataDir);
    await chmod(key.path, 0o644);
    await expect(loadOrCreateDevSigningKey(dataDir)).rejects.toThrow(/readable by others \(mode 644\)/);
  });

  it('refuses a file that is not a key file', async () => {
    const dataDir = await freshDir();
    await writeFile(join(dataDir, 'dev-signing-key.json'), '{"alg":"HS256"}', { mode: 0o600 });
    await expect(loadOrCreateDevSigningKey(dataDir)).rejects.toThrow(/not a development signing key file/);
  });
});

describe('mintDevToken', () => {
  it('round-trips through a local verifier', async () => {
    const key = await loadOrCreateDevSigningKey(await freshDir());
    const token = await mintDevToken({
      key,
      sub: 'anna',
      org: 'municipality:0180',
      roles: ['caseworker'],
      expiresIn: '8h',
      now,
    });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: key.kid, typ: 'JWT' });
    expect(decodeJwt(token)).toEqual({
      sub: 'anna',
      org: 'municipality:0180',
      roles: ['caseworker'],
      iss: DEV_ISSUER,
      aud: DEV_AUDIENCE,
      iat: now.getTime() / 1000,
      nbf: now.getTime() / 1000,
      exp: now.getTime() / 1000 + 8 * 3600,
    });
    const verifier = createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      currentDate: () => new Date(now.getTime() + 60_000),
    });
    expect(await verifier.verify(`Bearer ${token}`)).toEqual({
      userId: 'anna',
      organisationId: 'municipality:0180',
      roles: ['caseworker'],
    });
  });

  it('refuses to mint claims the verifier would refuse', async () => {
    const key = await loadOrCreateDevSigningKey(await freshDir());
    const mint = (org: string, roles: string[], expiresIn: string | number = '1h') =>
      mintDevToken({ key, sub: 'anna', org, roles, expiresIn, now });
    await expect(mint('municipality:0180', ['police'])).rejects.toThrow(
      "roles: role 'police' does not fit organisation 'municipality:0180' (a municipality organisation may hold: caseworker, supervisor)",
    );
    await expect(mint('police:gotland', ['police'])).rejects.toThrow(/police:<region>/);
    await expect(mint('coordinator:national', ['boss'])).rejects.toThrow(/a role is one of/);
    await expect(mint('audit:national', ['auditor'], '8 hours')).rejects.toThrow(/not a lifetime/);
    await expect(mint('audit:national', ['auditor'], 0)).rejects.toThrow(/not a lifetime/);
    expect(await readFile(key.path, 'utf8')).toContain('"kid"');
  });
});
