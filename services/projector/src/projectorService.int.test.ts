import { randomBytes } from 'node:crypto';
import { fixedClock, happyPath } from '@relocation/domain/testing';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver } from '@relocation/postgres';
import type { SqlEventStore } from '@relocation/event-store-postgres';
import { recordCase } from '@relocation/read-models/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import type { ProjectorConfig } from './config.ts';
import { silentLogger } from '@relocation/service-log';
import type { Logger } from '@relocation/service-log';
import { startProjectorService } from './projectorService.ts';
import type { ProjectorService } from './projectorService.ts';

const url = process.env.DATABASE_URL;
if (!url) console.warn('projectorService.int.test.ts skipped: DATABASE_URL is not set (a PostgreSQL server)');

/** Polls `check` until it holds, at most `timeoutMs`; the failure names what was awaited. */
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.skipIf(!url)('the projector service on PostgreSQL', () => {
  const database = `projector_${randomBytes(6).toString('hex')}`;
  let config: ProjectorConfig;
  let store: SqlEventStore;
  const services: ProjectorService[] = [];

  const start = async (logger: Logger = silentLogger): Promise<ProjectorService> => {
    const service = await startProjectorService(config, logger);
    services.push(service);
    return service;
  };

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const target = new URL(url ?? '');
    target.pathname = `/${database}`;
    config = parseConfig({
      DATABASE_URL: target.toString(),
      PROJECTOR_POLL_INTERVAL_MS: '20',
      PROJECTOR_LEADER_RETRY_MS: '50',
      HEALTH_PORT: '0',
    });
    store = await createSqlEventStore({ driver: createPgDriver({ connectionString: config.databaseUrl }) });
  });

  afterAll(async () => {
    for (const service of services) await service.stop();
    await store?.close();
    // The database of its own goes too: a test leaves nothing on the shared server.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  it('leads alone, keeps a second instance waiting, and hands over when the leader stops', async () => {
    const first = await start();
    await until('the first instance to lead', () => first.role() === 'leader');
    const second = await start();
    await until('the second instance to stand by', () => second.role() === 'standby');

    const clock = fixedClock();
    const one = recordCase(store, clock);
    await one.run(happyPath());
    await until('the leader to project the first case', async () => (await first.readiness()).ready);
    expect(await first.readModels.queries.getCase(one.relocationId)).toMatchObject({
      state: { status: 'closed' },
    });
    expect(await second.readiness()).toEqual({ ready: false, role: 'standby' });

    await first.stop();
    expect(first.role()).toBe('stopping');
    await until('the second instance to take over', () => second.role() === 'leader');
    const two = recordCase(store, clock);
    await two.run(happyPath().slice(0, 4));
    await until('the new leader to project the second case', async () => (await second.readiness()).ready);
    expect(await second.readModels.queries.getCase(two.relocationId)).toMatchObject({
      state: { status: 'matching' },
    });
    await second.stop();
  });

  it('stops projecting when its lock session breaks, then takes the lock again', async () => {
    const events: string[] = [];
    const service = await start({
      info: (event) => events.push(event),
      warn: (event) => events.push(event),
      error: (event) => events.push(event),
    });
    await until('the instance to lead', () => service.role() === 'leader');
    const admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'relocation-projector-leader'`,
      );
      expect(killed.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await until('the lost lock to be noticed', () => events.includes('projector.leadership_lost'));
    await until(
      'the instance to lead again',
      () => events.filter((e) => e === 'projector.leading').length === 2,
    );
    const three = recordCase(store, fixedClock());
    await three.run(happyPath().slice(0, 2));
    await until('the case to be projected after the new lock', async () => (await service.readiness()).ready);
    expect(await service.readModels.queries.getCase(three.relocationId)).toMatchObject({
      state: { status: 'draft' },
    });
    await service.stop();
  });
});
