import { randomUUID } from 'node:crypto';
import { createProviderRegister, type ProviderRegister } from '@relocation/application';
import { PROVIDER_REGISTER_STREAM, type ProviderUnit } from '@relocation/domain';
import { sampleCommands } from '@relocation/domain/testing';
import { createInMemoryEventStore, type EventStore } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties, type Party } from '../../testing/parties.ts';
import { bodies, caseAt } from '../../testing/scenario.ts';
import { createTestApi, type TestApi } from '../../testing/testApi.ts';

const skyddat: ProviderUnit = {
  id: 'provider-skyddat-norr',
  name: 'Skyddat boende Norr AB',
  operator: 'Skyddat Norr AB',
  premisesMunicipality: '2480',
  serviceType: 'protectedHousing',
  permits: [{ status: 'granted', from: '2025-01-01', to: '2027-12-31' }],
};
const hvb: ProviderUnit = {
  id: 'hvb-lulea',
  name: 'HVB Luleå',
  operator: 'Omsorg Norr',
  premisesMunicipality: '2580',
  serviceType: 'hvb',
  permits: [{ status: 'appliedMayOperate', from: '2026-01-01' }],
};
const stodboende: ProviderUnit = {
  id: 'stod-uppsala',
  name: 'Stödboende Uppsala',
  operator: 'Uppsala kommun',
  premisesMunicipality: '0380',
  serviceType: 'supportedHousing',
  permits: [{ status: 'municipalNotified', from: '2025-03-01' }],
};

const { id: _id, ...skyddatBody } = skyddat;

async function registerEvents(store: EventStore): Promise<number> {
  let n = 0;
  for await (const _ of store.readStream(PROVIDER_REGISTER_STREAM)) n += 1;
  return n;
}

describe('the provider register over HTTP', () => {
  let api: TestApi;
  let register: ProviderRegister;

  beforeAll(async () => {
    const store = createInMemoryEventStore();
    register = createProviderRegister({
      store,
      clock: () => new Date('2026-11-02T09:00:00Z'),
      newId: randomUUID,
    });
    await register.loadFile([skyddat, hvb, stodboende]);
    api = await createTestApi({ store, providerRegister: register });
  });
  afterAll(() => api.close());

  const get = async (party: Party, url: string) =>
    api.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await api.tokenFor(party)}` } });
  const put = async (party: Party, unitId: string, body: unknown, headers: Record<string, string> = {}) =>
    api.app.inject({
      method: 'PUT',
      url: `/v1/providers/${unitId}`,
      headers: { authorization: `Bearer ${await api.tokenFor(party)}`, ...headers },
      payload: body as Record<string, unknown>,
    });

  it('lists the units for those who plan placements, filtered by municipality, county, type and date', async () => {
    const ids = async (query: string, party: Party = parties.sendingCaseworker) => {
      const response = await get(party, `/v1/providers${query}`);
      expect(response.statusCode).toBe(200);
      return (response.json() as { units: { id: string }[] }).units.map((unit) => unit.id);
    };
    expect(await ids('')).toEqual(['hvb-lulea', 'provider-skyddat-norr', 'stod-uppsala']);
    expect(await ids('?county=25')).toEqual(['hvb-lulea']);
    expect(await ids('?municipality=0380', parties.receivingSupervisor)).toEqual(['stod-uppsala']);
    expect(await ids('?serviceType=protectedHousing', parties.coordinator)).toEqual([
      'provider-skyddat-norr',
    ]);
    expect(await ids('?operatingOn=2025-06-01', parties.administrator)).toEqual([
      'provider-skyddat-norr',
      'stod-uppsala',
    ]);
    const first = (await get(parties.sendingCaseworker, '/v1/providers?county=25')).json() as {
      units: Record<string, unknown>[];
    };
    expect(first.units[0]).toMatchObject({ ...hvb, version: 1, source: 'file', mayOperateToday: true });
  });

  it('refuses a bad filter with 400 naming the parameter', async () => {
    const response = await get(
      parties.sendingCaseworker,
      '/v1/providers?municipality=9999&serviceType=hotel',
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('municipality');
  });

  it('refuses the police, the auditor and a caller without a token', async () => {
    for (const party of [parties.police, parties.auditor]) {
      const response = await get(party, '/v1/providers');
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN_FOR_ROLE' });
    }
    expect((await api.app.inject({ method: 'GET', url: '/v1/providers' })).statusCode).toBe(401);
  });

  it('answers one unit with its version as ETag, and 404 for an unknown one', async () => {
    const response = await get(parties.receiving, '/v1/providers/provider-skyddat-norr');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    expect((await get(parties.receiving, '/v1/providers/no-such-unit')).statusCode).toBe(404);
  });

  it('only the administrator changes a unit; a refused change records nothing', async () => {
    const before = await registerEvents(api.store);
    for (const party of [parties.coordinator, parties.sendingSupervisor, parties.police, parties.auditor]) {
      expect((await put(party, 'provider-skyddat-norr', skyddatBody)).statusCode).toBe(403);
    }
    const invalid = [
      { ...skyddatBody, premisesMunicipality: '9999' },
      { ...skyddatBody, address: 'Storgatan 1' },
      { ...skyddatBody, serviceType: 'hotel' },
      {
        ...skyddatBody,
        permits: [
          { status: 'granted', from: '2025-01-01' },
          { status: 'revoked', from: '2026-01-01' },
        ],
      },
    ];
    for (const body of invalid) {
      const response = await put(parties.administrator, 'provider-skyddat-norr', body);
      expect(response.statusCode).toBe(400);
    }
    expect((await put(parties.administrator, 'Not An Id', skyddatBody)).statusCode).toBe(400);
    const stale = await put(
      parties.administrator,
      'provider-skyddat-norr',
      { ...skyddatBody, name: 'X' },
      {
        'if-match': '"7"',
      },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(await registerEvents(api.store)).toBe(before);

    const same = await put(parties.administrator, 'provider-skyddat-norr', skyddatBody);
    expect(same.json()).toMatchObject({ changed: false, unit: { version: 0 } });
    expect(await registerEvents(api.store)).toBe(before);
  });

  it('a revoked unit can no longer be named at acceptance; the history shows who revoked it', async () => {
    const id = await caseAt(api, 'proposed');
    const revoked = await put(
      parties.administrator,
      'provider-skyddat-norr',
      { ...skyddatBody, permits: [{ status: 'revoked', from: '2025-01-01' }] },
      { 'if-match': '"0"' },
    );
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      changed: true,
      unit: { source: 'administrator', mayOperateToday: false },
    });

    const refused = await api.command(parties.receiving, 'accept', id, sampleCommands.accept().payload);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'PROVIDER_NOT_PERMITTED' });

    const version = Number((revoked.headers.etag as string).replace(/\D/g, ''));
    await put(parties.administrator, 'provider-skyddat-norr', skyddatBody, { 'if-match': `"${version}"` });
    const accepted = await api.command(parties.receiving, 'accept', id, sampleCommands.accept().payload);
    expect(accepted.statusCode).toBe(200);

    const history = await get(parties.auditor, '/v1/providers/provider-skyddat-norr/history');
    expect(history.statusCode).toBe(200);
    const changes = (history.json() as { changes: { source: string; recordedBy: { subject: string } }[] })
      .changes;
    expect(changes.map((change) => [change.source, change.recordedBy.subject])).toEqual([
      ['file', 'providers-file'],
      ['administrator', 'alex'],
      ['administrator', 'alex'],
    ]);
    expect(
      (await get(parties.sendingCaseworker, '/v1/providers/provider-skyddat-norr/history')).statusCode,
    ).toBe(403);
    expect((await get(parties.coordinator, '/v1/providers/no-such-unit/history')).statusCode).toBe(404);
  });

  it('the administrator works on no case: 404 for a case command, 403 for opening one', async () => {
    const id = await caseAt(api, 'draft');
    const events = (await api.events(id)).length;
    const response = await api.command(parties.administrator, 'abort', id, { reason: 'Test.' });
    expect(response.statusCode).toBe(404);
    const opening = await api.command(parties.administrator, '', undefined, bodies['']);
    expect(opening.statusCode).toBe(403);
    expect(opening.json()).toMatchObject({ code: 'FORBIDDEN_FOR_ROLE' });
    expect((await api.events(id)).length).toBe(events);
  });
});
