import { randomUUID } from 'node:crypto';
import { mintDevToken } from '@relocation/access';
import { createTestSigningKey, signTestToken, unsecuredToken } from '@relocation/access/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../testing/parties.ts';
import { bodies, caseAt } from '../testing/scenario.ts';
import { createTestApi } from '../testing/testApi.ts';
import type { TestApi } from '../testing/testApi.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const post = (authorization: string | undefined, url = '/v1/relocations') =>
  api.app.inject({
    method: 'POST',
    url,
    headers: authorization === undefined ? {} : { authorization },
    payload: bodies[''],
  });

const unauthorized = { code: 'UNAUTHORIZED', message: 'A valid bearer token is required.', details: {} };

describe('authentication', () => {
  it('answers 401 without a token, with a garbage token and with an unsigned one, appending nothing', async () => {
    const before = await api.store.readAll();
    const claims = {
      sub: 'x',
      org: 'municipality:0180',
      roles: ['caseworker'],
      iss: 'urn:relocation:dev',
      aud: 'urn:relocation:api',
      exp: Math.floor(Date.now() / 1000) + 600,
    };
    for (const authorization of [
      undefined,
      'Bearer',
      'Bearer not-a-token',
      'Basic dXNlcjpwYXNz',
      `Bearer ${unsecuredToken(claims)}`,
    ]) {
      const response = await post(authorization);
      expect(response.statusCode, String(authorization)).toBe(401);
      expect(response.json()).toEqual(unauthorized);
    }
    expect((await api.store.readAll()).events).toEqual(before.events);
  });

  it('refuses a token signed by another key, and an expired one', async () => {
    const stranger = await createTestSigningKey('stranger');
    const foreign = await signTestToken(stranger, {
      sub: 'x',
      org: 'municipality:0180',
      roles: ['caseworker'],
      iss: 'urn:relocation:dev',
      aud: 'urn:relocation:api',
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    expect((await post(`Bearer ${foreign}`)).statusCode).toBe(401);
    const expired = await mintDevToken({
      key: api.signingKey,
      sub: 'anna',
      org: 'municipality:0180',
      roles: ['caseworker'],
      now: new Date(Date.now() - 3 * 86_400_000),
      expiresIn: '1h',
    });
    expect((await post(`Bearer ${expired}`)).statusCode).toBe(401);
  });

  it('checks the token before anything else: 401 also for a missing case and an invalid body', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: `/v1/relocations/${randomUUID()}/submit`,
      payload: { nonsense: true },
    });
    expect(response.statusCode).toBe(401);
  });

  it('takes the actor from the token, never from the body', async () => {
    const id = await caseAt(api, 'draft');
    const response = await api.command(parties.sendingCaseworker, 'consent', id, {
      ...bodies.consent,
      actor: { userId: 'mallory', organisationId: 'coordinator:national', role: 'coordinator' },
    });
    expect(response.statusCode).toBe(400);
    const ok = await api.command(parties.sendingSupervisor, 'consent', id, bodies.consent);
    expect(ok.statusCode).toBe(200);
    const events = await api.events(id);
    expect(events.at(-1)?.metadata.actor).toEqual({
      userId: 'berit',
      organisationId: 'municipality:0180',
      role: 'supervisor',
    });
  });

  it('carries X-Correlation-Id into the events, and refuses one that is not a UUID', async () => {
    const id = await caseAt(api, 'draft');
    const correlationId = randomUUID();
    const ok = await api.command(parties.sendingCaseworker, 'consent', id, bodies.consent, {
      'x-correlation-id': correlationId,
    });
    expect(ok.statusCode).toBe(200);
    expect((await api.events(id)).at(-1)?.metadata).toMatchObject({ correlationId });
    const bad = await api.command(parties.sendingCaseworker, 'consent', id, bodies.consent, {
      'x-correlation-id': 'abc',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('leaves health and docs open', async () => {
    expect((await api.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await api.app.inject({ url: '/readyz' })).json()).toEqual({
      ready: true,
      store: 'ok',
      readModels: 'absent',
    });
    const docs = await api.app.inject({ url: '/docs/json' });
    expect(docs.statusCode).toBe(200);
  });
});
