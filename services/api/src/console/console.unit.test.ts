import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../testing/parties.ts';
import { bodies } from '../testing/scenario.ts';
import { createTestApi } from '../testing/testApi.ts';
import type { TestApi } from '../testing/testApi.ts';
import { devPeople } from './devPeople.ts';
import { contentSecurityPolicyFor } from './staticConsole.ts';

const jwksConsole = (dir: string) => ({
  dir,
  settings: {
    auth: {
      mode: 'jwks' as const,
      issuer: 'https://idp.example.se',
      clientId: 'relocation-console',
      scopes: ['openid', 'profile'],
      resource: 'https://relocation.example.se/api',
    },
    inactivityMinutes: 20,
    defaultLanguage: 'sv' as const,
  },
});

describe('console support routes, AUTH_MODE=dev', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ console: { mode: 'dev' }, clock: () => new Date() });
  });
  afterAll(() => api.close());

  it('GET /v1/console/config needs no token and says how to sign in', async () => {
    const response = await api.app.inject({ url: '/v1/console/config' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      auth: { mode: 'dev' },
      inactivityMinutes: 15,
      defaultLanguage: 'sv',
      languages: ['sv', 'en'],
    });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('lists the sample people: the demo parties, supervisors, police of two regions, coordinator, auditor', async () => {
    const response = await api.app.inject({ url: '/v1/dev/people' });
    expect(response.statusCode).toBe(200);
    const people = response.json<{ people: { id: string; role: string; organisationId: string }[] }>().people;
    expect(people.map((person) => person.id)).toEqual(devPeople.map((person) => person.id));
    expect(people.filter((person) => person.role === 'supervisor').length).toBeGreaterThanOrEqual(2);
    const regions = new Set(people.filter((p) => p.role === 'police').map((p) => p.organisationId));
    expect(regions.size).toBe(2);
    expect(people.map((person) => person.role)).toEqual(expect.arrayContaining(['coordinator', 'auditor']));
  });

  it('signs in as a sample person: the token works on the API until expiresAt', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v1/dev/sign-in',
      payload: { personId: parties.sendingCaseworker.sub },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { token, expiresAt } = response.json<{ token: string; expiresAt: string }>();
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const initiated = await api.app.inject({
      method: 'POST',
      url: '/v1/relocations',
      headers: { authorization: `Bearer ${token}` },
      payload: bodies[''],
    });
    expect(initiated.statusCode, initiated.body).toBe(201);
  });

  it('refuses an unknown person with 400 in the error shape', async () => {
    for (const payload of [{ personId: 'mallory' }, { personId: '' }, { who: 'anna' }]) {
      const response = await api.app.inject({ method: 'POST', url: '/v1/dev/sign-in', payload });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
  });
});

describe('console support routes, AUTH_MODE=jwks', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ console: jwksConsole(join(tmpdir(), 'relocation-no-console')) });
  });
  afterAll(() => api.close());

  it('GET /v1/console/config gives the issuer, client id, scopes and resource', async () => {
    const response = await api.app.inject({ url: '/v1/console/config' });
    expect(response.json()).toMatchObject({
      auth: {
        mode: 'jwks',
        issuer: 'https://idp.example.se',
        clientId: 'relocation-console',
        scopes: ['openid', 'profile'],
        resource: 'https://relocation.example.se/api',
      },
      inactivityMinutes: 20,
    });
  });

  it('has no development sign-in: 404 like any unknown path', async () => {
    expect((await api.app.inject({ url: '/v1/dev/people' })).statusCode).toBe(404);
    const signIn = await api.app.inject({
      method: 'POST',
      url: '/v1/dev/sign-in',
      payload: { personId: 'anna' },
    });
    expect(signIn.statusCode).toBe(404);
    expect(signIn.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the console’s assets at /', () => {
  it('without a build, / answers a plain page saying how to build it; the API still answers JSON', async () => {
    const api = await createTestApi({ console: { mode: 'dev', dir: join(tmpdir(), 'relocation-absent') } });
    try {
      const root = await api.app.inject({ url: '/' });
      expect(root.statusCode).toBe(200);
      expect(root.headers['content-type']).toMatch(/^text\/plain/);
      expect(root.body).toContain('pnpm --filter @relocation/console build');
      const deep = await api.app.inject({ url: '/cases/inbox' });
      expect(deep.body).toContain('not built');
      const unknownApi = await api.app.inject({ url: '/v1/nothing-here' });
      expect(unknownApi.statusCode).toBe(404);
      expect(unknownApi.json()).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await api.close();
    }
  });

  describe('with a build', () => {
    let api: TestApi;
    beforeAll(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'relocation-console-'));
      await mkdir(join(dir, 'assets'));
      await writeFile(
        join(dir, 'index.html'),
        '<!doctype html><html lang="sv"><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>',
      );
      await writeFile(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log("console");');
      api = await createTestApi({ console: { mode: 'dev', dir } });
    });
    afterAll(() => api.close());

    it('serves index.html at / and for console paths (SPA fallback), never cached', async () => {
      for (const url of ['/', '/cases/123', '/coordinator?tab=stalled']) {
        const response = await api.app.inject({ url });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.body).toContain('<div id="root">');
        expect(response.headers['cache-control']).toBe('no-store');
      }
    });

    it('sends a strict Content-Security-Policy: own origin only, no inline script, no framing', async () => {
      const csp = String((await api.app.inject({ url: '/' })).headers['content-security-policy']);
      const directives = new Map(
        csp.split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('style-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:|\*/);
    });

    it('lets the console reach its OIDC issuer, and no other origin, in jwks mode', () => {
      const policy = contentSecurityPolicyFor('https://idp.example.se/realms/relocation');
      expect(policy.directives['connect-src']).toEqual(["'self'", 'https://idp.example.se']);
      expect(policy.directives['default-src']).toEqual(["'self'"]);
      expect(contentSecurityPolicyFor(undefined).directives['connect-src']).toEqual(["'self'"]);
    });

    it('caches hashed assets for a year; a missing asset is a 404, not the page', async () => {
      const asset = await api.app.inject({ url: '/assets/app-1a2b3c.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const missing = await api.app.inject({ url: '/assets/app-old.js' });
      expect(missing.statusCode).toBe(404);
    });

    it('answers every API route with Cache-Control: no-store, errors included', async () => {
      const ok = await api.command(parties.sendingCaseworker, '', undefined, bodies['']);
      expect(ok.statusCode).toBe(201);
      expect(ok.headers['cache-control']).toBe('no-store');
      const unauthorised = await api.app.inject({ method: 'POST', url: '/v1/relocations', payload: {} });
      expect(unauthorised.statusCode).toBe(401);
      expect(unauthorised.headers['cache-control']).toBe('no-store');
      const unknown = await api.app.inject({ url: '/v1/unknown' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toMatch(/json/);
      expect((await api.app.inject({ url: '/healthz' })).headers['cache-control']).toBe('no-store');
    });
  });
});
