import { randomBytes } from 'node:crypto';
import { createCaseCrypto, createKeyRing, type CaseCrypto } from '@relocation/crypto';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgliteDriver } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { createSqlDataKeyStore, type SqlDataKeyStore } from '@relocation/key-store-postgres';
import { createReadModels, type ReadModels } from '@relocation/read-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../testing/parties.ts';
import { caseAt } from '../testing/scenario.ts';
import { createTestApi, type TestApi } from '../testing/testApi.ts';

const keks = { k1: randomBytes(32).toString('base64'), k2: randomBytes(32).toString('base64') };

describe('rotation of the key-encryption key without downtime (PGlite)', () => {
  let store: SqlEventStore;
  let dataKeys: SqlDataKeyStore;
  let readModels: ReadModels;
  let stopProjector: () => Promise<void>;
  const apps: TestApi[] = [];

  /** An API "process" whose case crypto knows the given KEKs. */
  const startApi = async (ring: Parameters<typeof createKeyRing>[0]): Promise<TestApi> => {
    const crypto: CaseCrypto = createCaseCrypto({ keyRing: createKeyRing(ring), dataKeys });
    const api = await createTestApi({
      store,
      sealerFor: (id) => crypto.sealerFor(id),
      readModels,
      openerFor: (id) => crypto.openerFor(id),
      readWaitMs: 10_000,
    });
    apps.push(api);
    return api;
  };

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
    const projector = readModels.startProjector(undefined, { pollIntervalMs: 20 });
    stopProjector = () => projector.stop();
  });
  afterAll(async () => {
    for (const api of apps) await api.close();
    await stopProjector();
    await readModels.close();
    await store.close();
  });

  it('re-wraps every data key while reads go on; after removing the old KEK everything still opens', async () => {
    const before = await startApi({ activeKekId: 'k1', keks });
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await caseAt(before, 'matching'));
    expect(await dataKeys.kekIds()).toEqual(['k1']);
    const last = (await store.readAll({ batchSize: 10_000 })).events.at(-1)?.globalPosition.toString() ?? '0';
    const read = async (api: TestApi, id: string) => {
      const response = await api.app.inject({
        url: `/v1/relocations/${id}?minPosition=${last}`,
        headers: { authorization: `Bearer ${await api.tokenFor(parties.sendingCaseworker)}` },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toHaveProperty('identity.name');
    };

    // The operator's `rotate-kek --to k2` runs in another process while this one keeps serving.
    const operator = createCaseCrypto({ keyRing: createKeyRing({ activeKekId: 'k1', keks }), dataKeys });
    const reads = Promise.all(
      Array.from({ length: 5 }, () => Promise.all(ids.map((id) => read(before, id)))),
    );
    const report = await operator.rotate('k2');
    await reads;
    expect(report).toEqual({ activeKekId: 'k2', rewrapped: { k1: 4 } });
    expect(await dataKeys.kekIds()).toEqual(['k2']);
    for (const id of ids) await read(before, id);

    // Restart with only the new KEK: every case still opens, and new cases are wrapped by it.
    const after = await startApi({ activeKekId: 'k2', keks: { k2: keks.k2 } });
    for (const id of ids) await read(after, id);
    await caseAt(after, 'draft');
    expect(await dataKeys.kekIds()).toEqual(['k2']);
  });
});
