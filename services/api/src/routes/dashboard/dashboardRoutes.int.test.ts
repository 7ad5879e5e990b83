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
import { createCommandHandler } from '@relocation/application';
import type { Command, SealedEnvelope } from '@relocation/domain';
import { fakeSeal, fakeUnseal, fixedClock, historyTo, sampleProviders } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { InMemoryAccessLog } from '@relocation/access-log';
import { createDashboardQueries, createReadModels, type ReadModels } from '@relocation/read-models';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createApiMetrics } from '../../metrics/apiMetrics.ts';
import { isKnownMunicipality } from '../../municipalities.ts';
import { parties } from '../../testing/parties.ts';
import type { Party } from '../../testing/parties.ts';

// Monday 2 March 2026; the acute threat assessment is due two business days after submission.
const clock = fixedClock('2026-03-02T09:00:00.000Z');
let store: SqlEventStore;
let readModels: ReadModels;
let app: FastifyInstance;
let tokenFor: (party: Party) => Promise<string>;
let commands: ReturnType<typeof createCommandHandler>;
const ids: string[] = [];
const accessLog = new InMemoryAccessLog();
const metricsToken = 'metrics-scraper-token-0123456789abcdef';
const metricsAuth = { authorization: `Bearer ${metricsToken}` };

beforeAll(async () => {
  store = await createPgliteEventStore({ dataDir: 'memory://', schema: uniqueSchemaName('es') });
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  commands = createCommandHandler({
    store,
    sealerFor: async (relocationId) => (field, value) => fakeSeal(relocationId, field, value),
    providers: sampleProviders,
    clock: () => new Date(clock.now()),
    newId: randomUUID,
  });
  // Two cases at threat assessment (police:stockholm owes it), one already past it.
  for (const history of [historyTo.threatAssessment(), historyTo.threatAssessment(), historyTo.matching()]) {
    const relocationId = randomUUID();
    for (const next of history)
      await commands.handle({ ...next, relocationId, commandId: randomUUID() } as Command);
    ids.push(relocationId);
    clock.advance(3_600_000);
  }
  await readModels.projectUntilCaughtUp();
  const key = await loadOrCreateDevSigningKey(await mkdtemp(join(tmpdir(), 'relocation-dashboard-test-')));
  tokenFor = (party) =>
    mintDevToken({ key, sub: party.sub, org: party.org, roles: party.roles, isKnownMunicipality });
  const dashboard = createDashboardQueries({ db: store.driver, store, schema: readModels.schema });
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
    dashboard,
    accessLog,
    metrics: createApiMetrics({ dashboard, clock: () => new Date(clock.now()) }),
    metricsToken,
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = async (party: Party | undefined, url: string) =>
  app.inject({
    method: 'GET',
    url,
    headers: party === undefined ? {} : { authorization: `Bearer ${await tokenFor(party)}` },
  });

describe('GET /v1/dashboard/stalled', () => {
  it('is empty before any deadline has passed', async () => {
    const response = await get(parties.coordinator, '/v1/dashboard/stalled');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ now: clock.now(), cases: [] });
  });

  it('lists stalled cases at query time, most overdue first, with whom they wait for', async () => {
    clock.set('2026-03-09T12:00:00.000Z');
    const response = await get(parties.coordinator, '/v1/dashboard/stalled');
    expect(response.statusCode).toBe(200);
    const { cases } = response.json() as { cases: Record<string, unknown>[] };
    expect(cases.map((c) => c['relocationId'])).toEqual([ids[0], ids[1]]);
    expect(cases[0]).toMatchObject({
      state: 'threatAssessment',
      urgency: 'acute',
      waitingFor: 'police:stockholm',
      deadlineKind: 'threatAssessment',
      businessDaysOverdue: 3,
      escalationLevel: 0,
      countyCode: '01',
      policeRegion: 'stockholm',
    });
    const reads = await accessLog.query({ userId: parties.coordinator.sub });
    expect(reads.map((entry) => [entry.relocationId, entry.view])).toEqual([
      [ids[0], 'list'],
      [ids[1], 'list'],
    ]);
  });

  it('filters by county, police region and the organisation waited for', async () => {
    const count = async (query: string) =>
      ((await get(parties.coordinator, `/v1/dashboard/stalled?${query}`)).json() as { cases: unknown[] })
        .cases.length;
    expect(await count('county=01')).toBe(2);
    expect(await count('county=24')).toBe(0);
    expect(await count('policeRegion=stockholm')).toBe(2);
    expect(await count('policeRegion=nord')).toBe(0);
    expect(await count('organisation=police:stockholm')).toBe(2);
    expect(await count('organisation=municipality:2480')).toBe(0);
    expect(await count('limit=1')).toBe(1);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['county=99', 'policeRegion=atlantis', 'organisation=someone', 'limit=0']) {
      const response = await get(parties.coordinator, `/v1/dashboard/stalled?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });
});

describe('GET /v1/dashboard/overview', () => {
  it('counts per state and urgency, time per stage and open cases per county', async () => {
    const response = await get(parties.coordinator, '/v1/dashboard/overview');
    expect(response.statusCode).toBe(200);
    const body = response.json() as Record<string, unknown>;
    expect(body['byState']).toEqual(
      expect.arrayContaining([
        { state: 'threatAssessment', urgency: 'acute', cases: 2, stalled: 2 },
        { state: 'matching', urgency: 'acute', cases: 1, stalled: 0 },
      ]),
    );
    expect(body['openByCounty']).toEqual([{ countyCode: '01', openCases: 3 }]);
    expect(body['stageDurations']).toEqual(
      expect.arrayContaining([expect.objectContaining({ state: 'threatAssessment', completed: 1 })]),
    );
  });
});

describe('dashboard access', () => {
  const others = [
    parties.sendingCaseworker,
    parties.sendingSupervisor,
    parties.receiving,
    parties.police,
    parties.auditor,
  ];
  it.each(['/v1/dashboard/stalled', '/v1/dashboard/overview', '/v1/dashboard/transfers'])(
    '%s is for the coordinator only',
    async (url) => {
      for (const party of others) {
        const response = await get(party, url);
        expect(response.statusCode, party.org).toBe(403);
        expect(response.json()).toMatchObject({ code: 'FORBIDDEN_FOR_ROLE' });
      }
      expect((await get(undefined, url)).statusCode).toBe(401);
    },
  );

  it('municipalities and police see their own overdue work through /v1/relocations?stalled=true', async () => {
    const police = (await get(parties.police, '/v1/relocations?stalled=true')).json() as {
      cases: { relocationId: string }[];
    };
    expect(police.cases.map((c) => c.relocationId).sort()).toEqual([ids[0], ids[1]].sort());
    const unrelated = (await get(parties.unrelated, '/v1/relocations?stalled=true')).json() as {
      cases: unknown[];
    };
    expect(unrelated.cases).toEqual([]);
  });
});

describe('GET /metrics', () => {
  it('answers 401 without the metrics bearer token, with a wrong one and with a user’s token', async () => {
    const attempts = [
      {},
      { authorization: `Bearer ${'x'.repeat(40)}` },
      { authorization: `Bearer ${metricsToken}x` },
      { authorization: metricsToken },
      { authorization: `Bearer ${await tokenFor(parties.coordinator)}` },
    ];
    for (const headers of attempts) {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(401);
      expect(response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
      expect(response.body).not.toContain('relocation_');
    }
  });

  it('holds no organisation, case or user in any metric', async () => {
    const text = (await app.inject({ method: 'GET', url: '/metrics', headers: metricsAuth })).body;
    expect(text).toContain('relocation_commands_total');
    expect(text).not.toMatch(/municipality:|police:|coordinator:|organisation|userId|user=/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('counts commands by type and outcome, and reports cases by state and projector lag', async () => {
    // The coordinator proposes the sending municipality itself: the domain refuses.
    const propose = await app.inject({
      method: 'POST',
      url: `/v1/relocations/${ids[2] ?? ''}/propose`,
      headers: { authorization: `Bearer ${await tokenFor(parties.coordinator)}` },
      payload: { municipalityCode: '0180' },
    });
    expect(propose.statusCode, propose.body).toBeGreaterThanOrEqual(409);
    const response = await app.inject({ method: 'GET', url: '/metrics', headers: metricsAuth });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toContain(
      'relocation_commands_total{type="ProposeReceivingMunicipality",outcome="rejected"} 1',
    );
    expect(text).toMatch(
      /relocation_command_rejections_total\{type="ProposeReceivingMunicipality",code="[A-Z_]+"\} 1/,
    );
    expect(text).toContain('relocation_cases_open{state="threatAssessment"} 2');
    expect(text).toContain('relocation_cases_stalled{state="threatAssessment"} 2');
    expect(text).toContain('relocation_cases_stalled{state="matching"} 0');
    expect(text).toContain('relocation_projector_lag_events 0');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('keeps a registry per app: a second instance starts from zero', () => {
    const other = createApiMetrics({ clock: () => new Date() });
    other.record('SubmitRelocation', 'accepted');
    return other.registry.metrics().then((text) => {
      expect(text).toContain('relocation_commands_total{type="SubmitRelocation",outcome="accepted"} 1');
      expect(text).not.toContain('outcome="rejected"');
    });
  });
});

describe('GET /v1/dashboard/transfers', () => {
  const run = async (relocationId: string, next: Command) =>
    commands.handle({ ...next, relocationId, commandId: randomUUID() } as Command);
  const receivingSupervisor = {
    userId: 'rut',
    organisationId: 'municipality:2480',
    role: 'supervisor' as const,
  };
  const sendingCaseworker = {
    userId: 'user-sending',
    organisationId: 'municipality:0180',
    role: 'caseworker' as const,
  };

  it('lists requests without answer and IVO matters with their dates, overdue first; 400 for a bad limit', async () => {
    clock.set('2026-03-10T09:00:00.000Z');
    const unanswered = randomUUID();
    const atIvo = randomUUID();
    for (const relocationId of [unanswered, atIvo]) {
      for (const next of historyTo.followUp()) await run(relocationId, next);
      await run(relocationId, {
        ...historyTo.followUp()[0]!,
        type: 'RequestTransfer',
        actor: sendingCaseworker,
        payload: { toMunicipalityCode: '2480', reasons: 'Anknytning.', personView: 'Vill stanna.' },
      } as Command);
    }
    await run(atIvo, {
      ...historyTo.followUp()[0]!,
      type: 'RefuseTransfer',
      actor: receivingSupervisor,
      payload: { reasons: 'Ingen anknytning.' },
    } as Command);
    await run(atIvo, {
      ...historyTo.followUp()[0]!,
      type: 'RecordIvoApplication',
      actor: sendingCaseworker,
      payload: { appliedOn: '2026-03-10', reference: 'IVO 3.5.1-1/2026' },
    } as Command);
    await readModels.projectUntilCaughtUp();
    // Past the month for an answer (10 April), not yet past IVO's three months.
    clock.set('2026-04-14T09:00:00.000Z');
    const response = await get(parties.coordinator, '/v1/dashboard/transfers');
    expect(response.statusCode, response.body).toBe(200);
    const { transfers } = response.json() as { transfers: Record<string, unknown>[] };
    expect(transfers.map((t) => t['relocationId'])).toEqual([unanswered, atIvo]);
    expect(transfers[0]).toMatchObject({
      stage: 'requested',
      fromMunicipalityCode: '0180',
      toMunicipalityCode: '2480',
      requestedOn: '2026-03-10',
      waitingFor: { kind: 'transferAnswer', organisationId: 'municipality:2480', overdue: true },
    });
    expect(transfers[1]).toMatchObject({
      stage: 'ivoApplied',
      ivoAppliedOn: '2026-03-10',
      waitingFor: {
        kind: 'ivoDecision',
        organisationId: 'municipality:0180',
        dueAt: '2026-06-10T08:00:00.000Z',
        overdue: false,
      },
    });
    // Nothing sealed leaves: no reasons, no view, no IVO reference.
    expect(response.body).not.toMatch(/Anknytning|Vill stanna|IVO 3\.5/);
    const limited = await get(parties.coordinator, '/v1/dashboard/transfers?limit=1');
    expect((limited.json() as { transfers: unknown[] }).transfers).toHaveLength(1);
    expect((await get(parties.coordinator, '/v1/dashboard/transfers?limit=0')).statusCode).toBe(400);
  });
});
