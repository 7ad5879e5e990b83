import { InMemoryAccessLog } from '@relocation/access-log';
import { sampleCommands } from '@relocation/domain/testing';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiMetrics } from '../metrics/apiMetrics.ts';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties, type Party } from '../testing/parties.ts';
import { caseAt } from '../testing/scenario.ts';

const colleague: Party = { sub: 'greta', org: 'municipality:0180', roles: ['caseworker'] };
const errorShape = { code: expect.any(String), message: expect.any(String) };

describe('access log, handlers and protected identity through the API (PGlite, real sealing)', () => {
  let sql: SqlTestApi;
  const accessLog = new InMemoryAccessLog();
  const metrics = createApiMetrics({ clock: () => new Date() });
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }), {
      accessLog,
      metrics,
      accessAlertDistinctCasesPerHour: 2,
      clock: () => new Date(),
    });
  });
  afterAll(() => sql.close());

  const get = async (party: Party, url: string) =>
    sql.api.app.inject({ url, headers: { authorization: `Bearer ${await sql.api.tokenFor(party)}` } });
  const caughtUp = async (id: string) => `minPosition=${(await sql.api.events(id)).at(-1)?.globalPosition}`;

  it('records every read (detail, history, list) with who, which case, which view and when; no personal data', async () => {
    const id = await caseAt(sql.api, 'matching');
    const wait = await caughtUp(id);
    expect((await get(parties.sendingCaseworker, `/v1/relocations/${id}?${wait}`)).statusCode).toBe(200);
    expect((await get(parties.sendingCaseworker, `/v1/relocations/${id}/history`)).statusCode).toBe(200);
    const list = await get(parties.sendingCaseworker, `/v1/relocations?limit=100`);
    expect(list.statusCode).toBe(200);
    expect((await get(parties.unrelated, `/v1/relocations/${id}`)).statusCode).toBe(404);

    const log = await get(parties.auditor, `/v1/audit/access-log?relocationId=${id}&userId=anna`);
    expect(log.statusCode, log.body).toBe(200);
    const entries = log.json<{ entries: { view: string; organisationId: string; role: string }[] }>().entries;
    expect(entries.map((entry) => entry.view)).toEqual(['detail', 'history', 'list']);
    expect(entries[0]).toMatchObject({
      organisationId: 'municipality:0180',
      role: 'caseworker',
      userId: 'anna',
    });
    expect(log.body).not.toMatch(new RegExp(sampleCommands.initiate().payload.person.name));
    // The outsider's 404 revealed nothing, so nothing was recorded for it.
    const outsider = await get(parties.auditor, `/v1/audit/access-log?userId=${parties.unrelated.sub}`);
    expect(outsider.json<{ entries: unknown[] }>().entries).toEqual([]);

    const verify = await get(parties.auditor, '/v1/audit/verify');
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ ok: true, eventStore: { ok: true }, accessLog: { ok: true } });
  });

  it('filters the log by organisation and time, and refuses bad filters with 400', async () => {
    const id = await caseAt(sql.api, 'matching');
    expect((await get(parties.police, `/v1/relocations/${id}?${await caughtUp(id)}`)).statusCode).toBe(200);
    const police = await get(parties.auditor, `/v1/audit/access-log?organisationId=police:stockholm`);
    expect(
      police.json<{ entries: { relocationId: string }[] }>().entries.map((e) => e.relocationId),
    ).toContain(id);
    const future = await get(parties.auditor, `/v1/audit/access-log?from=2999-01-01T00:00:00Z`);
    expect(future.json<{ entries: unknown[] }>().entries).toEqual([]);
    const bad = await get(parties.auditor, `/v1/audit/access-log?from=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject(errorShape);
  });

  it('answers 404 on /v1/audit/* to everyone but the auditor', async () => {
    for (const party of [
      parties.sendingCaseworker,
      parties.sendingSupervisor,
      parties.police,
      parties.coordinator,
    ]) {
      for (const url of ['/v1/audit/access-log', '/v1/audit/verify']) {
        const response = await get(party, url);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ ...errorShape, code: 'NOT_FOUND' });
      }
    }
  });

  it('inside a municipality only assigned handlers and supervisors see a case; others get 404 on reads and commands', async () => {
    const id = await caseAt(sql.api, 'matching');
    const wait = await caughtUp(id);
    const before = await get(colleague, `/v1/relocations/${id}?${wait}`);
    expect(before.statusCode).toBe(404);
    expect(before.json()).toMatchObject({ code: 'NOT_FOUND' });
    const list = await get(colleague, '/v1/relocations?limit=100');
    expect(list.json<{ cases: { relocationId: string }[] }>().cases.map((c) => c.relocationId)).not.toContain(
      id,
    );
    const command = await sql.api.command(colleague, 'suspend', id, { reason: 'Paus.' });
    expect(command.statusCode).toBe(404);
    expect((await get(parties.sendingSupervisor, `/v1/relocations/${id}`)).statusCode).toBe(200);

    const assigned = await sql.api.command(parties.sendingSupervisor, 'handlers', id, {
      userId: colleague.sub,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const after = `minPosition=${assigned.json<{ position: string }>().position}`;
    expect((await get(colleague, `/v1/relocations/${id}?${after}`)).statusCode).toBe(200);
    const unassigned = await sql.api.command(parties.sendingSupervisor, 'unassign-handler', id, {
      userId: colleague.sub,
    });
    expect(unassigned.statusCode).toBe(200);
    const gone = `minPosition=${unassigned.json<{ position: string }>().position}`;
    expect((await get(colleague, `/v1/relocations/${id}?${gone}`)).statusCode).toBe(404);
  });

  it('shows a protected identity only to assigned handlers, never in list entries', async () => {
    const initiate = sampleCommands.initiate().payload;
    const created = await sql.api.command(parties.sendingCaseworker, '', undefined, {
      ...initiate,
      person: { ...initiate.person, protectionLevel: 'protectedRegistration' },
    });
    expect(created.statusCode).toBe(201);
    const { relocationId: id, position } = created.json<{ relocationId: string; position: string }>();
    const handler = await get(parties.sendingCaseworker, `/v1/relocations/${id}?minPosition=${position}`);
    expect(handler.json()).toHaveProperty('identity.name', initiate.person.name);
    const supervisor = await get(parties.sendingSupervisor, `/v1/relocations/${id}`);
    expect(supervisor.statusCode).toBe(200);
    expect(supervisor.json()).not.toHaveProperty('identity');
    const history = await get(parties.sendingSupervisor, `/v1/relocations/${id}/history`);
    expect(history.body).not.toContain(initiate.person.name);
    const list = await get(parties.sendingCaseworker, '/v1/relocations?limit=100');
    expect(list.body).not.toContain(initiate.person.name);
    expect(list.body).not.toContain(initiate.person.personalIdentityNumber);
  });

  it('counts distinct cases per user and hour, and raises the alert metric above the setting', async () => {
    const reader: Party = { sub: 'nosy', org: 'police:stockholm', roles: ['police'] };
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await caseAt(sql.api, 'matching'));
    const wait = await caughtUp(ids[2] ?? '');
    for (const id of ids) expect((await get(reader, `/v1/relocations/${id}?${wait}`)).statusCode).toBe(200);
    expect(
      await accessLog.distinctCasesSince(
        { organisationId: 'police:stockholm', userId: 'nosy' },
        new Date(Date.now() - 3_600_000),
      ),
    ).toBe(3);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^relocation_access_over_threshold_total [1-9]/m);
    // No organisation, user or case in any metric: who reads what, and when, is itself sensitive.
    expect(text).not.toMatch(/police:|municipality:|organisation=|nosy|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
