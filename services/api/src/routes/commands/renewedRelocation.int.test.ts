import { randomBytes, randomUUID } from 'node:crypto';
import { createCaseCrypto, createKeyRing } from '@relocation/crypto';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgliteDriver } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { createSqlDataKeyStore, type SqlDataKeyStore } from '@relocation/key-store-postgres';
import { createDashboardQueries, createReadModels, type ReadModels } from '@relocation/read-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Party } from '../../testing/parties.ts';
import { parties } from '../../testing/parties.ts';
import { bodies, caseAt } from '../../testing/scenario.ts';
import { createTestApi, type TestApi } from '../../testing/testApi.ts';

/**
 * The renewed relocation end to end (docs/design.md §3.4), with real AES-256-GCM case keys: Umeå (2480), where the
 * household arrived, records that the location is compromised; the linked case opens from Umeå with the identity
 * re-sealed under its own key, Umeå excluded, and both cases naming each other.
 */
const lulea: Party = { sub: 'lisa', org: 'municipality:2580', roles: ['supervisor'] };

let store: SqlEventStore;
let dataKeys: SqlDataKeyStore;
let readModels: ReadModels;
let api: TestApi;

const keyCount = async (): Promise<number> => (await dataKeys.listWrappedBy('k1', 10_000)).length;
const eventCount = async (): Promise<number> => (await store.readAll({ batchSize: 100_000 })).events.length;

async function read(party: Party, path: string) {
  await readModels.projectUntilCaughtUp();
  return api.app.inject({ url: path, headers: { authorization: `Bearer ${await api.tokenFor(party)}` } });
}

beforeAll(async () => {
  const driver = createPgliteDriver({ dataDir: 'memory://' });
  store = await createSqlEventStore({ driver, schema: uniqueSchemaName('es') });
  dataKeys = await createSqlDataKeyStore({ driver, schema: uniqueSchemaName('keys') });
  readModels = createReadModels({
    driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(),
    eventStoreSchema: store.schema,
  });
  await readModels.migrate();
  const crypto = createCaseCrypto({
    keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1: randomBytes(32).toString('base64') } }),
    dataKeys,
  });
  api = await createTestApi({
    store,
    sealerFor: (id) => crypto.sealerFor(id),
    openerFor: (id) => crypto.openerFor(id),
    readModels,
    dashboard: createDashboardQueries({ db: driver, store, schema: readModels.schema }),
  });
});
afterAll(async () => {
  await api.close();
  await readModels.close();
  await store.close();
});

describe('POST /v1/relocations/:id/location-compromised', () => {
  let oldId: string;
  let newId: string;

  it('closes the case and opens the linked one, whose identity its parties can read', async () => {
    oldId = await caseAt(api, 'arrived');
    const response = await api.command(parties.receiving, 'location-compromised', oldId, {
      ...bodies['location-compromised'],
      exclusion: 'municipality',
    });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<{ status: string; renewedRelocationId: string }>();
    expect(answer.status).toBe('closed');
    newId = answer.renewedRelocationId;
    expect(newId).toMatch(/^[0-9a-f-]{36}$/);

    // Umeå's caseworker handled the old case and sends the new one: identity opened with the new case's key.
    const renewed = await read(parties.receiving, `/v1/relocations/${newId}`);
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json()).toMatchObject({
      participation: 'sending',
      identity: { name: 'Test Testsson', personalIdentityNumber: '199001012385' },
      workflow: {
        status: 'draft',
        sendingMunicipality: '2480',
        responsibleMunicipality: '0180', // still Stockholm: responsibility does not move with the household
        householdId: oldId,
        previousRelocationId: oldId,
        renewedRelocationId: null,
        consents: ['coordinator', 'police', 'receivingMunicipality'],
      },
      householdAndNeeds: { household: { adults: 1, childrenAges: [4, 9] } },
    });
    expect(renewed.json().threat.exclusionZones).toContainEqual({ kind: 'municipality', code: '2480' });
    // The police of the household's region (nord) are parties of the new case and see the identity too.
    const police = await read(parties.receivingPolice, `/v1/relocations/${newId}`);
    expect(police.statusCode, police.body).toBe(200);
    expect(police.json()).toMatchObject({ identity: { name: 'Test Testsson' } });
    // The envelope is the new case's own: the old case's key does not open it (field and case binding).
    const [initiated] = await api.events(newId);
    const oldKey = await dataKeys.get(oldId);
    const newKey = await dataKeys.get(newId);
    expect((initiated?.data as { person: { keyId: string } }).person.keyId).toBe(newKey?.keyId);
    expect(newKey?.keyId).not.toBe(oldKey?.keyId);
  });

  it('links both ways, each case visible only to its own parties', async () => {
    const old = await read(parties.sendingCaseworker, `/v1/relocations/${oldId}`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({
      workflow: { status: 'closed', renewedRelocationId: newId, householdId: oldId },
    });
    // Stockholm sent the old case and is still responsible (§3.1), so its handler takes part in the new one; the
    // old case's police region (Stockholm's) does not: the new move starts in Umeå, police region nord.
    const responsible = await read(parties.sendingCaseworker, `/v1/relocations/${newId}`);
    expect(responsible.statusCode).toBe(200);
    expect(responsible.json()).toMatchObject({ workflow: { responsibleMunicipality: '0180' } });
    expect((await read(parties.police, `/v1/relocations/${newId}`)).statusCode).toBe(404);
    // The coordinator takes part in both.
    expect((await read(parties.coordinator, `/v1/relocations/${oldId}`)).statusCode).toBe(200);
    const coordinator = await read(parties.coordinator, `/v1/relocations/${newId}`);
    expect(coordinator.json()).toMatchObject({ workflow: { previousRelocationId: oldId } });
    expect(coordinator.json()).not.toHaveProperty('identity');
  });

  it('keeps the compromised municipality out of the new case; a new party sees that a previous case exists, not it', async () => {
    await api.given(newId, parties.receiving, 'SubmitRelocation', {});
    await api.given(newId, parties.receivingPolice, 'RecordThreatAssessment', bodies['threat-assessments']);
    const umea = await api.command(parties.coordinator, 'propose', newId, { municipalityCode: '2480' });
    expect(umea.statusCode).toBe(422);
    expect(umea.json()).toMatchObject({ code: 'SENDING_MUNICIPALITY' });
    const luleaProposed = await api.command(parties.coordinator, 'propose', newId, {
      municipalityCode: '2580',
    });
    expect(luleaProposed.statusCode, luleaProposed.body).toBe(200);
    const seen = await read(lulea, `/v1/relocations/${newId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({
      participation: 'proposedReceiving',
      workflow: { previousRelocationId: oldId },
    });
    expect(seen.json()).not.toHaveProperty('identity');
    expect((await read(lulea, `/v1/relocations/${oldId}`)).statusCode).toBe(404);
    expect((await read(lulea, `/v1/relocations/${oldId}/history`)).statusCode).toBe(404);
  });

  it('shows the coordinator the household relocated twice', async () => {
    const response = await read(parties.coordinator, '/v1/dashboard/households');
    expect(response.statusCode, response.body).toBe(200);
    const household = response
      .json()
      .households.find((h: { householdId: string }) => h.householdId === oldId);
    expect(household).toMatchObject({
      relocations: 2,
      cases: [{ relocationId: oldId }, { relocationId: newId, previousRelocationId: oldId }],
    });
    expect((await read(parties.sendingSupervisor, '/v1/dashboard/households')).statusCode).toBe(403);
  });

  it('refuses other parties, an open case before arrival and an erased case, leaving events and keys untouched', async () => {
    const arrived = await caseAt(api, 'arrived');
    const cleared = await caseAt(api, 'cleared');
    const erased = await caseAt(api, 'arrived');
    await api.commands.handle({
      type: 'EraseCase',
      relocationId: erased,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      actor: { userId: 'retention-job', organisationId: 'system:retention', role: 'system' },
      payload: { reason: 'operatorRequest' },
    });
    const events = await eventCount();
    const keys = await keyCount();
    const body = bodies['location-compromised'];
    const refusals: [Party, string, number, string][] = [
      [parties.sendingCaseworker, arrived, 403, 'FORBIDDEN_FOR_ROLE'],
      [parties.coordinator, arrived, 403, 'FORBIDDEN_FOR_ROLE'],
      [parties.unrelated, arrived, 404, 'NOT_FOUND'],
      [parties.otherPolice, arrived, 404, 'NOT_FOUND'],
      [parties.police, cleared, 409, 'NOT_ALLOWED_IN_STATE'],
      [parties.police, erased, 409, 'CASE_ERASED'],
      [parties.police, oldId, 409, 'NOT_ALLOWED_IN_STATE'],
    ];
    for (const [party, id, status, code] of refusals) {
      const response = await api.command(party, 'location-compromised', id, body);
      expect(response.statusCode, `${party.sub} ${code}`).toBe(status);
      if (code !== 'NOT_FOUND') expect(response.json()).toMatchObject({ code });
    }
    expect(await eventCount()).toBe(events);
    expect(await keyCount()).toBe(keys);
  });
});
