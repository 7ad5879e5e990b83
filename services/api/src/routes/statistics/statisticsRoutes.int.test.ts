import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTokenVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  loadOrCreateDevSigningKey,
  mintDevToken,
} from '@relocation/access';
import { InMemoryAccessLog } from '@relocation/access-log';
import { createCommandHandler } from '@relocation/application';
import type { Command, SealedEnvelope } from '@relocation/domain';
import { fakeSeal, fakeUnseal, fixedClock, historyTo, sampleProviders } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { collect } from '@relocation/event-store/testing';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import {
  createDashboardQueries,
  createReadModels,
  createStatisticsQueries,
  type ReadModels,
} from '@relocation/read-models';
import type { FastifyInstance } from 'fastify';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { isKnownMunicipality } from '../../municipalities.ts';
import { parties, type Party } from '../../testing/parties.ts';

// Six cases initiated in 2026 (one household each), all at matching, threat level high, urgency acute: at k = 5
// their totals are published and the empty categories show 0.
const clock = fixedClock('2026-03-02T09:00:00.000Z');
let store: SqlEventStore;
let readModels: ReadModels;
let app: FastifyInstance;
let tokenFor: (party: Party) => Promise<string>;
const ids: string[] = [];
const accessLog = new InMemoryAccessLog();

beforeAll(async () => {
  store = await createPgliteEventStore({ dataDir: 'memory://', schema: uniqueSchemaName('es') });
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  const commands = createCommandHandler({
    store,
    sealerFor: async (relocationId) => (field, value) => fakeSeal(relocationId, field, value),
    providers: sampleProviders,
    clock: () => new Date(clock.now()),
    newId: randomUUID,
  });
  for (let i = 0; i < 6; i += 1) {
    const relocationId = randomUUID();
    for (const next of historyTo.matching())
      await commands.handle({ ...next, relocationId, commandId: randomUUID() } as Command);
    ids.push(relocationId);
    clock.advance(3_600_000);
  }
  await readModels.projectUntilCaughtUp();
  const key = await loadOrCreateDevSigningKey(await mkdtemp(join(tmpdir(), 'relocation-statistics-test-')));
  tokenFor = (party) =>
    mintDevToken({ key, sub: party.sub, org: party.org, roles: party.roles, isKnownMunicipality });
  app = await buildApp({
    commands,
    verifier: createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      isKnownMunicipality,
    }),
    storeReachable: async () => undefined,
    readModels,
    openerFor: async () => (envelope: unknown) => fakeUnseal(envelope as SealedEnvelope),
    clock: () => new Date(clock.now()),
    newId: randomUUID,
    bodyLimitBytes: 262_144,
    rateLimit: { max: 100_000, windowMs: 60_000 },
    readWaitMs: 0,
    dashboard: createDashboardQueries({ db: store.driver, store, schema: readModels.schema }),
    statistics: createStatisticsQueries({
      db: store.driver,
      schema: readModels.schema,
      pseudonymKey: new Uint8Array(32).fill(1),
      minimumHouseholds: 5,
    }),
    accessLog,
    verifyEventStore: () => store.verify({ streamPrefix: 'relocation-' }),
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = async (party: Party, url: string) =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await tokenFor(party)}` } });

interface Table {
  name: string;
  rows: string[];
  columns: string[];
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  total: number | null;
}

describe('GET /v1/statistics', () => {
  it('gives the coordinator and the researcher every table, counts under k withheld', async () => {
    for (const party of [parties.coordinator, parties.researcher]) {
      const response = await get(party, '/v1/statistics');
      expect(response.statusCode, party.sub).toBe(200);
      const body = response.json() as { minimumHouseholds: number; years: string[]; tables: Table[] };
      expect(body.minimumHouseholds).toBe(5);
      expect(body.years).toEqual(['2026']);
      const urgency = body.tables.find((t) => t.name === 'urgency')!;
      expect(urgency.columns).toEqual(['acute', 'planned', 'unknown']);
      expect(urgency.cells).toEqual([[6, 0, 0]]);
      expect(urgency.total).toBe(6);
      expect(body.tables.find((t) => t.name === 'threatLevel')!.cells[0]).toEqual([0, 0, 6, 0, 0]);
    }
  });

  it('answers one table, and the chosen years only', async () => {
    const response = await get(parties.researcher, '/v1/statistics/tables/route');
    expect(response.statusCode).toBe(200);
    expect((response.json() as Table).cells).toEqual([[0, 0, 0, 0, 6]]);
    const none = await get(parties.coordinator, '/v1/statistics?fromYear=2027');
    expect((none.json() as { years: string[] }).years).toEqual([]);
  });

  it('refuses bad parameters with 400', async () => {
    for (const url of [
      '/v1/statistics?fromYear=26',
      '/v1/statistics?fromYear=2027&toYear=2026',
      '/v1/statistics?k=1',
      '/v1/statistics/tables/personnummer',
      '/v1/statistics/export?format=xlsx',
      '/v1/statistics/export?format=csv&table=names',
      '/v1/statistics/export',
    ]) {
      expect((await get(parties.coordinator, url)).statusCode, url).toBe(400);
    }
  });

  it('refuses municipalities, the police and the auditor with 403', async () => {
    for (const party of [
      parties.sendingCaseworker,
      parties.sendingSupervisor,
      parties.police,
      parties.auditor,
    ]) {
      for (const url of [
        '/v1/statistics',
        '/v1/statistics/tables/county',
        '/v1/statistics/export?format=csv',
      ]) {
        const response = await get(party, url);
        expect(response.statusCode, `${party.sub} ${url}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'FORBIDDEN_FOR_ROLE' });
      }
    }
  });
});

describe('the researcher sees no case', () => {
  it('gets 404 for a case, its history and its commands, exactly as for an unknown id', async () => {
    const id = ids[0]!;
    for (const url of [
      `/v1/relocations/${id}`,
      `/v1/relocations/${id}/history`,
      `/v1/relocations/${randomUUID()}`,
    ]) {
      const response = await get(parties.researcher, url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    const before = await collect(store.readStream(`relocation-${id}`));
    const command = await app.inject({
      method: 'POST',
      url: `/v1/relocations/${id}/propose`,
      headers: { authorization: `Bearer ${await tokenFor(parties.researcher)}` },
      payload: { municipalityCode: '2480' },
    });
    expect(command.statusCode).toBe(404);
    expect(await collect(store.readStream(`relocation-${id}`))).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    // The coordinator's token sees the same case.
    expect((await get(parties.coordinator, `/v1/relocations/${id}`)).statusCode).toBe(200);
  });

  it('gets 403 for the case list, the dashboard, new cases and the audit', async () => {
    for (const url of [
      '/v1/relocations',
      '/v1/dashboard/overview',
      '/v1/dashboard/stalled',
      '/v1/audit/access-log',
    ]) {
      expect((await get(parties.researcher, url)).statusCode, url).toBe(403);
    }
    // The reference data names no case: the console needs it for every signed-in person.
    expect((await get(parties.researcher, '/v1/municipalities')).statusCode).toBe(200);
    const create = await app.inject({
      method: 'POST',
      url: '/v1/relocations',
      headers: { authorization: `Bearer ${await tokenFor(parties.researcher)}` },
      payload: {},
    });
    expect(create.statusCode).toBe(403);
  });
});

describe('GET /v1/statistics/export', () => {
  it('exports CSV and Parquet with the same published numbers, and logs every export', async () => {
    const csv = await get(parties.researcher, '/v1/statistics/export?format=csv&table=urgency');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="statistics-urgency.csv"');
    expect(csv.body.split('\r\n')).toEqual([
      'table,year,category,households,withheld',
      'urgency,2026,acute,6,false',
      'urgency,2026,planned,0,false',
      'urgency,2026,unknown,0,false',
      'urgency,2026,total,6,false',
      'urgency,total,acute,6,false',
      'urgency,total,planned,0,false',
      'urgency,total,unknown,0,false',
      'urgency,total,total,6,false',
      '',
    ]);

    const parquet = await get(parties.coordinator, '/v1/statistics/export?format=parquet&table=all');
    expect(parquet.statusCode).toBe(200);
    expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
    const file = new ArrayBuffer(parquet.rawPayload.byteLength);
    new Uint8Array(file).set(parquet.rawPayload);
    const rows = (await parquetReadObjects({ file })) as {
      table: string;
      year: string;
      category: string;
      households: number | null;
      withheld: boolean;
    }[];
    expect(rows.filter((r) => r.table === 'urgency')).toEqual(
      csv.body
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(','))
        .map(([table, year, category, households, withheld]) => ({
          table,
          year,
          category,
          households: Number(households),
          withheld: withheld === 'true',
        })),
    );
    // Every table, the outcomes at 6 and 12 months and the repeat relocations (issue 15) included.
    expect(new Set(rows.map((r) => r.table)).size).toBe(15);

    const stages = await get(parties.coordinator, '/v1/statistics/export?format=csv&table=stages');
    expect(stages.body.split('\r\n')[0]).toBe('year,stage,households,median_seconds,p90_seconds,withheld');
    // Six households left draft (the clock stands still between one case's commands: 0 seconds each).
    expect(stages.body).toMatch(/^2026,draft,6,/m);

    const exports = (await accessLog.query({})).filter((entry) => entry.view === 'statisticsExport');
    expect(exports.map((e) => [e.userId, e.organisationId, e.role, e.relocationId])).toEqual([
      ['rita', 'coordinator:national', 'researcher', 'statistics/urgency.csv'],
      ['cora', 'coordinator:national', 'coordinator', 'statistics/all.parquet'],
      ['cora', 'coordinator:national', 'coordinator', 'statistics/stages.csv'],
    ]);
  });

  it('logs nothing for a refused export', async () => {
    const before = (await accessLog.query({})).length;
    expect((await get(parties.police, '/v1/statistics/export?format=csv')).statusCode).toBe(403);
    expect((await get(parties.coordinator, '/v1/statistics/export?format=pdf')).statusCode).toBe(400);
    expect((await accessLog.query({})).length).toBe(before);
  });
});
