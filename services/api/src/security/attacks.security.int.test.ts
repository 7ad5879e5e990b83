import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadOrCreateDevSigningKey, mintDevToken } from '@relocation/access';
import { unsecuredToken, withTamperedPayload } from '@relocation/access/testing';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnownMunicipality } from '../municipalities.ts';
import { parties } from '../testing/parties.ts';
import { bodies, caseAt } from '../testing/scenario.ts';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import type { TestApi } from '../testing/testApi.ts';

const errorBody = { code: expect.any(String), message: expect.any(String), details: expect.any(Object) };
const hour = 3_600_000;

describe('attacks on the API', () => {
  let sql: SqlTestApi;
  let api: TestApi;
  // The read side on PGlite, so that the query routes are there to attack too.
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
    api = sql.api;
  });
  afterAll(() => sql.close());

  const eventCount = async () => (await api.store.readAll({ batchSize: 100_000 })).events.length;
  const mint = (overrides: Partial<Parameters<typeof mintDevToken>[0]> = {}) =>
    mintDevToken({
      key: api.signingKey,
      sub: 'anna',
      org: 'municipality:0180',
      roles: ['caseworker'],
      isKnownMunicipality,
      ...overrides,
    });

  it('answers 401 in the error shape to every forged or stale token, on commands and queries, appending nothing', async () => {
    const id = await caseAt(api, 'consented');
    const valid = await mint();
    const otherKey = await loadOrCreateDevSigningKey(await mkdtemp(join(tmpdir(), 'relocation-attacker-')));
    const now = Date.now();
    const payload = JSON.parse(Buffer.from(valid.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const attacks: Record<string, string> = {
      expired: await mint({ now: new Date(now - 10 * hour), expiresIn: '1h' }),
      'not yet valid': await mint({ now: new Date(now + 10 * hour) }),
      'wrong issuer': await mint({ issuer: 'https://evil.example' }),
      'wrong audience': await mint({ audience: 'urn:someone-else' }),
      'alg none': unsecuredToken(payload),
      'signed with another key': await mint({ key: otherKey }),
      'tampered claims (other organisation)': withTamperedPayload(valid, {
        ...payload,
        org: 'police:stockholm',
        roles: ['police'],
      }),
      'tampered claims (more roles)': withTamperedPayload(valid, {
        ...payload,
        roles: ['caseworker', 'supervisor'],
      }),
    };
    const before = await eventCount();
    for (const [name, token] of Object.entries(attacks)) {
      const headers = { authorization: `Bearer ${token}` };
      const command = await api.app.inject({
        method: 'POST',
        url: `/v1/relocations/${id}/submit`,
        headers,
        payload: {},
      });
      expect(command.statusCode, name).toBe(401);
      expect(command.json(), name).toEqual(errorBody);
      for (const url of [`/v1/relocations/${id}`, '/v1/relocations', '/v1/audit/access-log']) {
        const read = await api.app.inject({ url, headers });
        expect(read.statusCode, `${name} ${url}`).toBe(401);
        expect(read.json()).toEqual(errorBody);
      }
    }
    expect(await eventCount()).toBe(before);
    // The genuine token works, so the refusals above are the token's fault alone.
    const genuine = await api.app.inject({
      method: 'POST',
      url: `/v1/relocations/${id}/submit`,
      headers: { authorization: `Bearer ${valid}` },
      payload: {},
    });
    expect(genuine.statusCode, genuine.body).toBe(200);
  });

  it('a municipality trying case ids it is not part of gets the same 404 as for ids that do not exist', async () => {
    const ids = [await caseAt(api, 'draft'), await caseAt(api, 'matching'), await caseAt(api, 'proposed')];
    const token = await api.tokenFor(parties.unrelated);
    const answer = async (id: string) => {
      const detail = await api.app.inject({
        url: `/v1/relocations/${id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      const history = await api.app.inject({
        url: `/v1/relocations/${id}/history`,
        headers: { authorization: `Bearer ${token}` },
      });
      const command = await api.command(parties.unrelated, 'suspend', id, { reason: 'Nyfiken.' });
      return [
        detail.statusCode,
        detail.body,
        history.statusCode,
        history.body,
        command.statusCode,
        command.body,
      ];
    };
    const missing = await answer(randomUUID());
    expect(missing[0]).toBe(404);
    for (const id of ids) expect(await answer(id)).toEqual(missing);
  });
});

describe('rate limiting per token', () => {
  it('answers the request after the limit with 429 in the error shape; another token is unaffected', async () => {
    const sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }), {
      rateLimit: { max: 3, windowMs: 60_000 },
    });
    const limited = sql.api;
    try {
      const read = async (token: string) =>
        limited.app.inject({ url: '/v1/municipalities', headers: { authorization: `Bearer ${token}` } });
      const anna = await limited.tokenFor(parties.sendingCaseworker);
      const kim = await limited.tokenFor(parties.police);
      for (let i = 0; i < 3; i += 1) expect((await read(anna)).statusCode).toBe(200);
      const over = await read(anna);
      expect(over.statusCode).toBe(429);
      expect(over.json()).toEqual({ code: 'RATE_LIMITED', message: expect.any(String), details: {} });
      expect((await read(kim)).statusCode).toBe(200);
      const command = await limited.command(parties.sendingCaseworker, '', undefined, bodies['']);
      expect(command.statusCode).toBe(429);
    } finally {
      await sql.close();
    }
  });
});
