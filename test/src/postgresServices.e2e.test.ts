import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devTokenMinter, runDemo, startEngine, startProjectorProcess } from '@relocation/api/demo';
import type { RunningChild, RunningEngine } from '@relocation/api/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, dropDatabase } from './support/freshDatabase.ts';
import { expectPartyViews } from './support/partyViews.ts';
import type { EngineAccess } from './support/partyViews.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.warn(
    'postgresServices.e2e.test.ts skipped: DATABASE_URL is not set (the API and the projector need a PostgreSQL server)',
  );
}

/** Polls the URL until its JSON answer satisfies `check`, at most `timeoutMs`. */
async function untilAnswer(
  url: string,
  check: (body: unknown) => boolean,
  timeoutMs = 60_000,
): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const body = await fetch(url).then(
      (response) => response.json() as Promise<unknown>,
      () => undefined,
    );
    if (body !== undefined && check(body)) return body;
    if (Date.now() > deadline)
      throw new Error(`${url} never answered as expected (last ${JSON.stringify(body)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Production's shape: the API with PROJECTOR=off and services/projector as two processes on one database.
describe.skipIf(!serverUrl)('the API and the projector as separate processes on PostgreSQL', () => {
  let dataDir: string;
  let database: { url: string; name: string } | undefined;
  let projector: (RunningChild & { healthUrl: string }) | undefined;
  let standby: (RunningChild & { healthUrl: string }) | undefined;
  let api: RunningEngine | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-e2e-split-'));
    database = await createFreshDatabase(serverUrl ?? '');
    projector = await startProjectorProcess({ DATABASE_URL: database.url, PROJECTOR_LEADER_RETRY_MS: '200' });
    api = await startEngine({
      DATA_DIR: dataDir,
      EVENT_STORE: 'postgres',
      DATABASE_URL: database.url,
      PROJECTOR: 'off',
    });
  });

  afterAll(async () => {
    await api?.stop();
    await standby?.stop();
    await projector?.stop();
    if (database !== undefined) await dropDatabase(serverUrl ?? '', database.name);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the demo, the separate projector feeding the API’s queries, each party seeing what it needs', async () => {
    const access: EngineAccess = { baseUrl: api?.baseUrl ?? '', tokenFor: await devTokenMinter(dataDir) };
    const result = await runDemo(access);
    await expectPartyViews(access, result);
    expect(await (await fetch(`${projector?.healthUrl}/readyz`)).json()).toEqual({
      ready: true,
      role: 'leader',
      readModels: 'caughtUp',
      workers: { projector: { ready: true }, health: { ready: true } },
    });
  });

  it('keeps a second projector waiting while the first leads, and lets it take over', async () => {
    const url = database?.url ?? '';
    standby = await startProjectorProcess(
      { DATABASE_URL: url, PROJECTOR_LEADER_RETRY_MS: '200' },
      { until: 'listening' },
    );
    await untilAnswer(
      `${standby.healthUrl}/readyz`,
      (body) => (body as { role?: string }).role === 'standby',
    );
    expect((await fetch(`${standby.healthUrl}/readyz`)).status).toBe(503);

    expect(await projector?.stop()).toBe(0);
    projector = undefined;
    await untilAnswer(`${standby.healthUrl}/readyz`, (body) => (body as { ready?: boolean }).ready === true);
    const access: EngineAccess = { baseUrl: api?.baseUrl ?? '', tokenFor: await devTokenMinter(dataDir) };
    const again = await runDemo(access);
    await expectPartyViews(access, again);
  });
});
