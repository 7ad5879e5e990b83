import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHealthServer } from './healthServer.ts';
import type { ReadinessReport } from './healthServer.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(readiness: () => Promise<ReadinessReport>): Promise<string> {
  const server = createHealthServer(readiness);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('health server', () => {
  it('answers /healthz while the process runs, whatever readiness says', async () => {
    const base = await serve(async () => ({ ready: false, role: 'standby' }));
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 and the report while not ready, 200 once ready', async () => {
    let report: ReadinessReport = { ready: false, role: 'standby' };
    const base = await serve(async () => report);
    const before = await fetch(`${base}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ ready: false, role: 'standby' });
    report = { ready: true, role: 'leader', readModels: 'caughtUp' };
    const after = await fetch(`${base}/readyz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual(report);
  });

  it('answers 503 when readiness cannot be judged', async () => {
    const base = await serve(() => Promise.reject(new Error('database down')));
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ready: false });
  });

  it('answers 404 elsewhere and 405 to other methods', async () => {
    const base = await serve(async () => ({ ready: true }));
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/readyz`, { method: 'POST' })).status).toBe(405);
  });
});
