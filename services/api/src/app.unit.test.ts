import { randomUUID } from 'node:crypto';
import { createInMemoryEventStore } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandPathOf, commandRouteTable } from './routes/commands/commandRouteTable.ts';
import { parties } from './testing/parties.ts';
import { bodies } from './testing/scenario.ts';
import { createTestApi } from './testing/testApi.ts';
import type { TestApi } from './testing/testApi.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ bodyLimitBytes: 4096 });
});
afterAll(() => api.close());

describe('buildApp', () => {
  it('sends security headers on every response', async () => {
    for (const response of [
      await api.app.inject({ url: '/healthz' }),
      await api.command(parties.sendingCaseworker, '', undefined, bodies['']),
      await api.app.inject({ method: 'POST', url: '/v1/relocations' }),
      await api.app.inject({ url: '/v1/no-such-resource' }),
    ]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringContaining('max-age='),
        'content-security-policy': expect.stringContaining("default-src 'self'"),
        'referrer-policy': 'no-referrer',
      });
    }
  });

  it('answers a body over the limit with 413 in the error shape', async () => {
    const huge = { ...bodies[''], person: { ...bodies[''].person, name: 'x'.repeat(8000) } };
    const response = await api.command(parties.sendingCaseworker, '', undefined, huge);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.any(String),
      details: {},
    });
  });

  it('answers malformed JSON with 400 without echoing it', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v1/relocations',
      headers: {
        authorization: `Bearer ${await api.tokenFor(parties.sendingCaseworker)}`,
        'content-type': 'application/json',
      },
      payload: '{"person": {"name": "Hemlig Persson"',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'BAD_REQUEST', details: {} });
    expect(response.body).not.toContain('Hemlig');
  });

  it('answers unknown routes and bad ids in the error shape', async () => {
    const token = await api.tokenFor(parties.sendingCaseworker);
    const unknown = await api.app.inject({ url: '/nowhere' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found.', details: {} });
    const badId = await api.app.inject({
      method: 'POST',
      url: '/v1/relocations/not-a-uuid/submit',
      headers: { authorization: `Bearer ${token}` },
      payload: {},
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ details: { issues: [{ path: 'params.id' }] } });
    const badIfMatch = await api.app.inject({
      method: 'POST',
      url: `/v1/relocations/${randomUUID()}/submit`,
      headers: { authorization: `Bearer ${token}`, 'if-match': 'yesterday' },
      payload: {},
    });
    expect(badIfMatch.statusCode).toBe(400);
    expect(badIfMatch.json()).toMatchObject({ details: { issues: [{ path: 'headers.if-match' }] } });
  });

  it('publishes an OpenAPI 3.1 document with every command route and the error shape', async () => {
    const document = (await api.app.inject({ url: '/docs/json' })).json<{
      openapi: string;
      paths: Record<string, { post?: { requestBody?: unknown; responses: Record<string, unknown> } }>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    for (const route of commandRouteTable) {
      const path = commandPathOf(route).replace(':id', '{id}');
      const operation = document.paths[path]?.post;
      expect(operation, path).toBeDefined();
      expect(operation?.requestBody).toBeDefined();
      expect(Object.keys(operation?.responses ?? {})).toEqual(
        expect.arrayContaining(['400', '403', '404', '409', '412']),
      );
    }
  });

  it('serves the documentation pages, loaded on the first visit, with their own security policy', async () => {
    const json = await api.app.inject({ url: '/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toEqual(JSON.parse(JSON.stringify(api.app.swagger())));
    const page = await api.app.inject({ url: '/docs' });
    expect([200, 302]).toContain(page.statusCode);
    const css = await api.app.inject({ url: '/docs/static/swagger-ui.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body.length).toBeGreaterThan(1000);
    expect(css.headers['content-security-policy']).toContain("default-src 'self'");
    expect(css.headers['x-content-type-options']).toBe('nosniff');
    expect((await api.app.inject({ url: '/docs/static/no-such-file.js' })).statusCode).toBe(404);
    expect((await api.app.inject({ method: 'POST', url: '/docs/json' })).statusCode).toBe(404);
  });

  it('limits requests per token with 429 in the error shape', async () => {
    const limited = await createTestApi({ rateLimit: { max: 2, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        statuses.push(
          (await limited.command(parties.coordinator, 'propose', randomUUID(), bodies.propose)).statusCode,
        );
      }
      expect(statuses).toEqual([404, 404, 429]);
      const other = await limited.command(parties.police, 'submit', randomUUID(), {});
      expect(other.statusCode).toBe(404);
      const again = await limited.command(parties.coordinator, 'propose', randomUUID(), bodies.propose);
      expect(again.json()).toEqual({ code: 'RATE_LIMITED', message: expect.any(String), details: {} });
      for (let i = 0; i < 3; i += 1)
        expect((await limited.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('is not ready while the event store does not answer', async () => {
    const store = createInMemoryEventStore();
    const broken = await createTestApi({ store });
    try {
      await store.close();
      const response = await broken.app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ ready: false, store: 'unreachable' });
      expect((await broken.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
