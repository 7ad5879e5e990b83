import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHealthServer } from './healthServer.ts';
import { createReadiness } from './readiness.ts';

describe('health server', () => {
  const servers: ReturnType<typeof createHealthServer>[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  async function serve(components: readonly string[]) {
    const readiness = createReadiness(components);
    const server = createHealthServer(readiness);
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    return { readiness, get };
  }

  it('is healthy at once, ready only when every component is', async () => {
    const { readiness, get } = await serve(['outbound', 'inbound']);
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({
      status: 503,
      body: {
        ready: false,
        components: {
          outbound: { ready: false, reason: 'starting' },
          inbound: { ready: false, reason: 'starting' },
        },
      },
    });
    readiness.set('outbound', { ready: true });
    expect((await get('/readyz')).status).toBe(503);
    readiness.set('inbound', { ready: true });
    expect(await get('/readyz')).toEqual({
      status: 200,
      body: { ready: true, components: { outbound: { ready: true }, inbound: { ready: true } } },
    });
    readiness.set('outbound', { ready: false, reason: 'broker_unavailable' });
    expect(await get('/readyz')).toMatchObject({
      status: 503,
      body: { components: { outbound: { reason: 'broker_unavailable' } } },
    });
  });

  it('answers 404 elsewhere', async () => {
    const { get } = await serve(['outbound']);
    expect((await get('/metrics')).status).toBe(404);
  });
});
