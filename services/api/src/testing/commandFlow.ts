import { randomBytes } from 'node:crypto';
import { createCaseCrypto, createKeyRing } from '@relocation/crypto';
import { relocationStreamPrefix } from '@relocation/domain';
import type { CaseCrypto } from '@relocation/crypto';
import type { SqlDriver } from '@relocation/postgres';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import type { SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { createSqlDataKeyStore } from '@relocation/key-store-postgres';
import { createDashboardQueries, createReadModels } from '@relocation/read-models';
import type { ReadModels } from '@relocation/read-models';
import { expect } from 'vitest';
import { createApiMetrics } from '../metrics/apiMetrics.ts';
import { parties } from './parties.ts';
import type { Party } from './parties.ts';
import { bodies } from './scenario.ts';
import { createTestApi, type TestApiOptions } from './testApi.ts';
import type { TestApi } from './testApi.ts';

export interface SqlTestApi {
  readonly api: TestApi;
  readonly store: SqlEventStore;
  readonly caseCrypto: CaseCrypto;
  readonly readModels: ReadModels;
  close(): Promise<void>;
}

/** The bearer token `createSqlTestApi(..., { withMetrics: true })` serves GET /metrics for. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789abcdef0123';

/**
 * The app as main.ts composes it, on one SQL database: the event store, the data keys (real AES-GCM under a
 * random KEK) and the read models with a running projector, each in a schema of its own.
 */
export async function createSqlTestApi(
  driver: SqlDriver,
  extra: Omit<TestApiOptions, 'store' | 'sealerFor' | 'readModels' | 'openerFor'> & {
    /** Serve /metrics with the gauges read from these read models. */
    readonly withMetrics?: boolean;
  } = {},
): Promise<SqlTestApi> {
  const { withMetrics, ...options } = extra;
  const store = await createSqlEventStore({ driver, schema: uniqueSchemaName('es') });
  const dataKeys = await createSqlDataKeyStore({ driver, schema: uniqueSchemaName('keys') });
  const caseCrypto = createCaseCrypto({
    keyRing: createKeyRing({ activeKekId: 'k1', keks: { k1: randomBytes(32).toString('base64') } }),
    dataKeys,
  });
  const readModels = createReadModels({
    driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(),
    eventStoreSchema: store.schema,
  });
  await readModels.migrate();
  const projector = readModels.startProjector(undefined, { pollIntervalMs: 20 });
  const metrics =
    withMetrics === true
      ? {
          metrics: createApiMetrics({
            clock: () => new Date(),
            dashboard: createDashboardQueries({ db: driver, store, schema: readModels.schema }),
          }),
          metricsToken: TEST_METRICS_TOKEN,
        }
      : {};
  const api = await createTestApi({
    store,
    sealerFor: (relocationId) => caseCrypto.sealerFor(relocationId),
    readModels,
    openerFor: (relocationId) => caseCrypto.openerFor(relocationId),
    readWaitMs: 10_000,
    ...metrics,
    ...options,
  });
  return {
    api,
    store,
    caseCrypto,
    readModels,
    async close() {
      await api.close();
      await projector.stop();
      await readModels.close();
      await store.close();
    },
  };
}

export const person = {
  name: 'Flödes Fredrika Testsson',
  personalIdentityNumber: '199001012385',
  protectionLevel: 'confidentialAddress',
};

/**
 * A whole case through HTTP: every step of the happy path (with a decline), an idempotent retry, a stale
 * If-Match, then the read side shows the case (opened with the case key) and the store verifies.
 */
export async function runCommandFlow({ api, store, caseCrypto }: SqlTestApi): Promise<void> {
  const step = async (
    party: Party,
    action: keyof typeof bodies,
    id: string | undefined,
    body: unknown,
    headers = {},
  ) => {
    const response = await api.command(party, action, id, body, headers);
    expect(response.statusCode, `${action}: ${response.body}`).toBe(id === undefined ? 201 : 200);
    return response.json<{ relocationId: string; revision: number; position: string }>();
  };
  const created = await step(
    parties.sendingCaseworker,
    '',
    undefined,
    { ...bodies[''], person },
    { 'idempotency-key': 'flow-1' },
  );
  const id = created.relocationId;
  const retried = await api.command(
    parties.sendingCaseworker,
    '',
    undefined,
    { ...bodies[''], person },
    { 'idempotency-key': 'flow-1' },
  );
  expect(retried.json()).toEqual(created);

  await step(parties.sendingCaseworker, 'consent', id, bodies.consent, { 'if-match': '0' });
  await step(parties.sendingCaseworker, 'submit', id, {});
  const stale = await api.command(parties.police, 'threat-assessments', id, bodies['threat-assessments'], {
    'if-match': '1',
  });
  expect(stale.statusCode).toBe(412);
  await step(parties.police, 'threat-assessments', id, bodies['threat-assessments']);
  await step(parties.coordinator, 'propose', id, { municipalityCode: '0380' });
  await step(parties.decliningSupervisor, 'handlers', id, { userId: parties.declining.sub });
  await step(parties.declining, 'decline', id, bodies.decline);
  await step(parties.coordinator, 'propose', id, bodies.propose);
  await step(parties.receivingSupervisor, 'handlers', id, { userId: parties.receiving.sub });
  await step(parties.receiving, 'accept', id, bodies.accept);
  await step(parties.police, 'clear-destination', id, bodies['clear-destination']);
  await step(parties.receiving, 'confirm-arrival', id, bodies['confirm-arrival']);
  // Arrival moves no responsibility (docs/design.md §3.1): Stockholm asks Umeå to take over the case, Umeå agrees
  // from today, and from then Umeå follows up and closes.
  await step(parties.sendingCaseworker, 'transfer-requests', id, bodies['transfer-requests']);
  await step(parties.receiving, 'transfer-agree', id, bodies['transfer-agree']);
  expect(await api.state(id)).toMatchObject({
    responsibleMunicipality: '2480',
    ledger: { responsible: { municipalityCode: '2480', source: 'transferAgreed' } },
  });
  for (const month of [1, 3, 6])
    await step(parties.receiving, 'follow-ups', id, { month, notes: 'Det går bra.' });
  const closed = await step(parties.receiving, 'close', id, bodies.close);
  expect(await api.state(id)).toMatchObject({ status: 'closed', revision: closed.revision });

  // Personal data is sealed under the case key in the store and opens with it.
  const events = await api.events(id);
  expect(events).toHaveLength(closed.revision + 1);
  expect(JSON.stringify(events.map((event) => event.data))).not.toContain(person.name);
  const initiated = events[0]?.data as { person: unknown };
  expect(await caseCrypto.open(id, initiated.person, 'RelocationInitiated.person')).toMatchObject({
    name: person.name,
  });

  // The read side catches up to the command's position and shows the case to the sending municipality.
  const read = await api.app.inject({
    url: `/v1/relocations/${id}?minPosition=${closed.position}`,
    headers: { authorization: `Bearer ${await api.tokenFor(parties.sendingCaseworker)}` },
  });
  expect(read.statusCode, read.body).toBe(200);
  expect(read.json()).toMatchObject({ relocationId: id, workflow: { status: 'closed' } });
  const outsider = await api.app.inject({
    url: `/v1/relocations/${id}`,
    headers: { authorization: `Bearer ${await api.tokenFor(parties.unrelated)}` },
  });
  expect(outsider.statusCode).toBe(404);

  expect(await store.verify({ streamPrefix: relocationStreamPrefix })).toMatchObject({
    ok: true,
    problems: [],
  });
}
