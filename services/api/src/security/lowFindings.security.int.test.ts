import { mintDevToken } from '@relocation/access';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties } from '../testing/parties.ts';
import type { Party } from '../testing/parties.ts';
import { bodies, caseAt } from '../testing/scenario.ts';
import { createTestApi, type TestApi } from '../testing/testApi.ts';
import { isKnownMunicipality } from '../municipalities.ts';

/** Issue 10, the low findings on the read side and around commands, each as the attack that got through. */
describe('issue 10: lists, positions, cursors', () => {
  let sql: SqlTestApi;
  beforeAll(async () => {
    // A short wait, so that a position never reached answers quickly.
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }), { readWaitMs: 300 });
  });
  afterAll(() => sql.close());

  const get = async (party: Party, url: string) =>
    sql.api.app.inject({ url, headers: { authorization: `Bearer ${await sql.api.tokenFor(party)}` } });
  const caughtUp = async () => {
    await sql.readModels.projectUntilCaughtUp();
  };
  const last = async () => {
    const { events } = await sql.store.readAll({ batchSize: 100_000 });
    return events.at(-1)?.globalPosition.toString() ?? '0';
  };

  it('#8: an unassigned caseworker gets no empty page with a cursor that betrays hidden cases', async () => {
    const older = await caseAt(sql.api, 'draft');
    await caseAt(sql.api, 'draft');
    await caseAt(sql.api, 'draft');
    await caughtUp();
    // carl works in the sending municipality but is assigned to none of these cases.
    const hidden = await get(parties.sendingColleague, '/v1/relocations?limit=1');
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toEqual({ cases: [], nextCursor: null });
    // Assigned to the oldest one, carl finds it on the first page of one, with nothing after it.
    await sql.api.given(older, parties.sendingSupervisor, 'AssignHandler', {
      userId: parties.sendingColleague.sub,
    });
    const page = await get(parties.sendingColleague, `/v1/relocations?limit=1&minPosition=${await last()}`);
    expect(page.json<{ cases: { relocationId: string }[] }>().cases.map((c) => c.relocationId)).toEqual([
      older,
    ]);
    expect(page.json()).toMatchObject({ nextCursor: null });
    // The author sees all three, a page at a time, with a cursor between them.
    const first = await get(parties.sendingCaseworker, '/v1/relocations?limit=2');
    expect(first.json<{ cases: unknown[]; nextCursor: string | null }>().cases.length).toBe(2);
    expect(first.json<{ nextCursor: string | null }>().nextCursor).not.toBeNull();
  });

  it('#10: an overlong cursor or position is a 400, not a 500', async () => {
    const id = await caseAt(sql.api, 'draft');
    const cursor = Buffer.from('c1.99999999999999999999').toString('base64url');
    const bigInt64 = Buffer.from('c1.9223372036854775808').toString('base64url');
    for (const url of [
      `/v1/relocations?cursor=${cursor}`,
      `/v1/relocations?cursor=${bigInt64}`,
      '/v1/relocations?minPosition=9999999999999999999',
      `/v1/relocations/${id}?minPosition=9999999999999999999`,
      `/v1/relocations/${id}/history?minPosition=9223372036854775808`,
    ]) {
      const response = await get(parties.sendingCaseworker, url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ code: string }>().code, url).toMatch(/^(VALIDATION_FAILED|INVALID_CURSOR)$/);
    }
  });

  it('#10: ?minPosition= means "at least": a position already passed answers at once', async () => {
    const id = await caseAt(sql.api, 'draft');
    await caughtUp();
    for (const position of ['0', '1', '2', (BigInt(await last()) - 1n).toString()]) {
      const response = await get(parties.sendingCaseworker, `/v1/relocations/${id}?minPosition=${position}`);
      expect(response.statusCode, position).toBe(200);
      const list = await get(parties.sendingCaseworker, `/v1/relocations?minPosition=${position}`);
      expect(list.statusCode, position).toBe(200);
    }
  });

  it('#10: a position not reached tells only a caller who sees the case that the read models are behind', async () => {
    const id = await caseAt(sql.api, 'draft');
    await caughtUp();
    const future = '9223372036854775807';
    const seen = await get(parties.sendingCaseworker, `/v1/relocations/${id}?minPosition=${future}`);
    expect(seen.statusCode).toBe(503);
    for (const party of [parties.unrelated, parties.sendingColleague]) {
      const real = await get(party, `/v1/relocations/${id}?minPosition=${future}`);
      const unknown = await get(party, `/v1/relocations/${crypto.randomUUID()}?minPosition=${future}`);
      expect(real.statusCode, party.sub).toBe(404);
      expect(real.json()).toEqual(unknown.json());
    }
  });

  it('#12: a non-auditor gets the same 404 for a malformed audit query as for any other; the auditor a 400', async () => {
    const malformed = [
      '/v1/audit/access-log?limit=abc',
      '/v1/audit/access-log?relocationId=not-a-uuid',
      '/v1/audit/access-log?unknown=1',
      '/v1/audit/access-log?userId=a%00b',
    ];
    const plain = await get(parties.sendingCaseworker, '/v1/audit/access-log');
    expect(plain.statusCode).toBe(404);
    for (const url of malformed) {
      for (const party of [parties.sendingCaseworker, parties.coordinator, parties.police]) {
        const response = await get(party, url);
        expect(response.statusCode, `${party.sub} ${url}`).toBe(404);
        expect(response.body).toBe(plain.body);
      }
      expect((await get(parties.auditor, url)).statusCode, url).toBe(400);
    }
  });

  it('#12: the auditor gets the same 404 on commands for a real case as for a random id', async () => {
    const id = await caseAt(sql.api, 'proposed');
    for (const [action, body] of [
      ['abort', { reason: 'Granskning.' }],
      ['submit', {}],
      ['handlers', { userId: 'ada' }],
    ] as const) {
      const real = await sql.api.command(parties.auditor, action, id, body);
      const random = await sql.api.command(parties.auditor, action, crypto.randomUUID(), body);
      expect(real.statusCode, action).toBe(404);
      expect(real.body).toBe(random.body);
    }
  });
});

describe('issue 10 #9: rate limiting', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { max: 3, windowMs: 60_000, authFailuresMax: 3 } });
  });
  afterAll(() => api.close());
  const submitUrl = () => `/v1/relocations/${crypto.randomUUID()}/submit`;

  it('keys on the verified caller: another spelling of the header or a second token gets no fresh allowance', async () => {
    const token = await api.tokenFor(parties.sendingCaseworker);
    const second = await mintDevToken({
      key: api.signingKey,
      sub: parties.sendingCaseworker.sub,
      org: parties.sendingCaseworker.org,
      roles: parties.sendingCaseworker.roles,
      isKnownMunicipality,
      expiresIn: '2h',
    });
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER  ${token}  `, `Bearer ${second}`];
    const statuses: number[] = [];
    for (const authorization of spellings) {
      statuses.push(
        (await api.app.inject({ method: 'POST', url: submitUrl(), payload: {}, headers: { authorization } }))
          .statusCode,
      );
    }
    // 404: the case does not exist, but the caller was authenticated and counted.
    expect(statuses).toEqual([404, 404, 404, 429]);
    const other = await api.tokenFor(parties.police);
    const unaffected = await api.app.inject({
      method: 'POST',
      url: submitUrl(),
      payload: {},
      headers: { authorization: `Bearer ${other}` },
    });
    expect(unaffected.statusCode).toBe(404);
  });

  it('limits failed authentication per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await api.app.inject({
        method: 'POST',
        url: submitUrl(),
        payload: {},
        remoteAddress: '203.0.113.9',
        headers: { authorization: `Bearer guess.${i}.x` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another address is unaffected.
    const elsewhere = await api.app.inject({
      method: 'POST',
      url: submitUrl(),
      payload: {},
      remoteAddress: '198.51.100.7',
      headers: { authorization: 'Bearer guess.0.x' },
    });
    expect(elsewhere.statusCode).toBe(401);
  });
});

describe('issue 10 #11: idempotency keys bound to the request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('refuses the key of one request on another (route, case, body) with 422, appending nothing', async () => {
    const id = await caseAt(api, 'draft');
    const other = await caseAt(api, 'draft');
    const key = { 'idempotency-key': crypto.randomUUID() };
    const consent = await api.command(parties.sendingCaseworker, 'consent', id, bodies.consent, key);
    expect(consent.statusCode).toBe(200);
    const before = (await api.events(id)).length;
    const attempts = [
      ['submit', id, {}],
      ['consent', other, bodies.consent],
      ['consent', id, { ...bodies.consent, documentReference: 'another document' }],
    ] as const;
    for (const [action, caseId, body] of attempts) {
      const reused = await api.command(parties.sendingCaseworker, action, caseId, body, key);
      expect(reused.statusCode, `${action} ${caseId}`).toBe(422);
      expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect((await api.events(id)).length).toBe(before);
    expect((await api.state(id)).status).toBe('draft');
    // The same request again is a replay of the first answer.
    const retry = await api.command(parties.sendingCaseworker, 'consent', id, bodies.consent, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(consent.json());
  });

  it('checks access again on a replay: an unassigned handler gets the 404 of an unknown case', async () => {
    const id = await caseAt(api, 'draft');
    await api.given(id, parties.sendingSupervisor, 'AssignHandler', { userId: parties.sendingColleague.sub });
    const key = { 'idempotency-key': crypto.randomUUID() };
    const body = bodies.consent;
    const first = await api.command(parties.sendingColleague, 'consent', id, body, key);
    expect(first.statusCode).toBe(200);
    await api.given(id, parties.sendingSupervisor, 'UnassignHandler', {
      userId: parties.sendingColleague.sub,
    });
    const replay = await api.command(parties.sendingColleague, 'consent', id, body, key);
    const unknown = await api.command(parties.sendingColleague, 'consent', crypto.randomUUID(), body);
    expect(replay.statusCode).toBe(404);
    expect(replay.body).toBe(unknown.body);
  });
});
