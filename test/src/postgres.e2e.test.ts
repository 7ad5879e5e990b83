import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devTokenMinter, runDemo, startEngine } from '@relocation/api/demo';
import type { RunningEngine } from '@relocation/api/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, dropDatabase } from './support/freshDatabase.ts';
import { expectPartyViews, readViews } from './support/partyViews.ts';
import type { EngineAccess } from './support/partyViews.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.warn(
    'postgres.e2e.test.ts skipped: DATABASE_URL is not set (the engine on PostgreSQL needs a server)',
  );
}

// The engine as one process on PostgreSQL (EVENT_STORE=postgres, the projector inline), in a database of its own.
describe.skipIf(!serverUrl)('the engine on PostgreSQL, as a real process', () => {
  let dataDir: string;
  let database: { url: string; name: string } | undefined;
  let engine: RunningEngine | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-e2e-pg-'));
    database = await createFreshDatabase(serverUrl ?? '');
    engine = await startEngine({ DATA_DIR: dataDir, EVENT_STORE: 'postgres', DATABASE_URL: database.url });
  });

  afterAll(async () => {
    await engine?.stop();
    if (database !== undefined) await dropDatabase(serverUrl ?? '', database.name);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the demo and shows each party only what it needs to know', async () => {
    const access: EngineAccess = { baseUrl: engine?.baseUrl ?? '', tokenFor: await devTokenMinter(dataDir) };
    const result = await runDemo(access);
    const [detail] = await readViews(access, 'receiving', result.relocationId, result.lastPosition);
    expect(detail?.body).toMatchObject({
      workflow: { status: 'closed' },
      receptionPlan: { municipalityCode: '2480' },
    });
    await expectPartyViews(access, result);
  });
});
