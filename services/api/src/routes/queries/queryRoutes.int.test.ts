import type { Principal } from '@relocation/access';
import { DataKeyDestroyedError } from '@relocation/crypto';
import type { SealedEnvelope } from '@relocation/domain';
import { fakeUnseal, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { createReadModels, type OpenerFor, type ReadModels } from '@relocation/read-models';
import { recordCase, type RecordedCase } from '@relocation/read-models/testing';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRoutes } from './index.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
const erasedCases = new Set<string>();
const openerFor: OpenerFor = async (relocationId) => {
  if (erasedCases.has(relocationId)) throw new DataKeyDestroyedError(relocationId, new Date(clock.now()));
  return (envelope: SealedEnvelope) => fakeUnseal(envelope);
};

let store: SqlEventStore;
let readModels: ReadModels;
let app: FastifyInstance;
let relocation: RecordedCase;

/**
 * A minimal app standing in for the real one: the caller's organisation comes from a test-only header, and a tiny
 * error handler answers `{ code, message, details }` like the real one does.
 */
async function testApp(): Promise<FastifyInstance> {
  const instance = Fastify().withTypeProvider<ZodTypeProvider>();
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);
  instance.decorateRequest('principal', null);
  instance.decorateRequest('caseReads', null);
  instance.addHook('onRequest', async (request) => {
    const organisationId = request.headers['x-test-organisation'];
    if (typeof organisationId !== 'string')
      throw Object.assign(new Error('no caller'), { statusCode: 401, code: 'UNAUTHORIZED' });
    // A supervisor: inside a municipality the handler rule lets supervisors see every case of their organisation.
    request.principal = {
      userId: 'test-user',
      organisationId,
      roles: ['supervisor'],
    } as unknown as Principal;
  });
  instance.setErrorHandler(
    (
      error: Error & { statusCode?: number; code?: string; details?: unknown; validation?: unknown },
      _request,
      reply,
    ) => {
      const statusCode = error.validation === undefined ? (error.statusCode ?? 500) : 400;
      return reply.code(statusCode).send({
        code: error.validation === undefined ? (error.code ?? 'INTERNAL') : 'VALIDATION_FAILED',
        message: error.message,
        details: error.details ?? {},
      });
    },
  );
  await instance.register(queryRoutes, {
    readModels,
    openerFor,
    clock: () => new Date(clock.now()),
    readWaitMs: 1_500,
  });
  return instance;
}

beforeAll(async () => {
  store = await createPgliteEventStore({ dataDir: 'memory://', schema: uniqueSchemaName('es') });
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  relocation = recordCase(store, clock);
  await relocation.run([
    ...historyTo.matching(),
    sampleCommands.proposeDeclining(),
    sampleCommands.decline(),
  ]);
  await readModels.projectUntilCaughtUp();
  app = await testApp();
});
afterAll(async () => {
  await app.close();
  await readModels.close();
  await store.close();
});

const get = (url: string, organisationId: string) =>
  app.inject({ method: 'GET', url, headers: { 'x-test-organisation': organisationId } });

// PGlite starts slowly on a busy machine: generous limits, no retries.
describe('query routes', () => {
  it('answers a case redacted for each party', async () => {
    const sending = await get(`/v1/relocations/${relocation.relocationId}`, 'municipality:0180');
    expect(sending.statusCode).toBe(200);
    expect(sending.headers.etag).toBe(`"${relocation.state.revision}"`);
    expect(sending.json()).toMatchObject({
      participation: 'sending',
      identity: { name: 'Test Testsson' },
      workflow: { status: 'matching' },
    });

    const coordinator = await get(`/v1/relocations/${relocation.relocationId}`, 'coordinator:national');
    expect(coordinator.statusCode).toBe(200);
    expect(coordinator.json()).not.toHaveProperty('identity');
    expect(coordinator.body).not.toMatch(/Testsson|199001012385|PM-2026/);
  });

  it('answers 404 with one body for an unknown case and for any party outside it', async () => {
    const unknown = await get('/v1/relocations/9b2f6c1e-0000-4000-8000-000000000000', 'municipality:0180');
    const notAUuid = await get('/v1/relocations/not-a-case', 'municipality:0180');
    expect(unknown.statusCode).toBe(404);
    for (const organisationId of ['municipality:0380', 'municipality:1280', 'police:syd', 'audit:national']) {
      for (const suffix of ['', '/history']) {
        const response = await get(`/v1/relocations/${relocation.relocationId}${suffix}`, organisationId);
        expect(response.statusCode).toBe(404);
        expect(response.body).toBe(unknown.body);
      }
    }
    expect(notAUuid.body).toBe(unknown.body);
  });

  it('lists only visible cases, filtered and paged, with no identity in entries', async () => {
    const other = recordCase(store, clock);
    await other.run(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();

    const all = await get('/v1/relocations', 'municipality:0180');
    expect(all.statusCode).toBe(200);
    const body = all.json<{ cases: { relocationId: string }[]; nextCursor: string | null }>();
    expect(body.cases.map((c) => c.relocationId)).toEqual([other.relocationId, relocation.relocationId]);
    expect(all.body).not.toMatch(/Testsson|identity/);

    const matching = await get(
      '/v1/relocations?state=matching&urgency=acute&stalled=false',
      'municipality:0180',
    );
    expect(matching.json<typeof body>().cases.map((c) => c.relocationId)).toEqual([relocation.relocationId]);

    const first = await get('/v1/relocations?limit=1', 'municipality:0180');
    const page1 = first.json<typeof body>();
    expect(page1.cases).toHaveLength(1);
    expect(page1.nextCursor).not.toBeNull();
    const second = await get(`/v1/relocations?limit=1&cursor=${page1.nextCursor}`, 'municipality:0180');
    expect(second.json<typeof body>()).toEqual({
      cases: [expect.objectContaining({ relocationId: relocation.relocationId })],
      nextCursor: null,
    });

    expect((await get('/v1/relocations', 'municipality:0380')).json()).toEqual({
      cases: [],
      nextCursor: null,
    });
    expect((await get('/v1/relocations?limit=0', 'municipality:0180')).statusCode).toBe(400);
    expect((await get('/v1/relocations?stalled=maybe', 'municipality:0180')).statusCode).toBe(400);
    const badCursor = await get('/v1/relocations?cursor=bm9wZQ', 'municipality:0180');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json()).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('waits for ?minPosition to be projected, and answers 503 with Retry-After past the bound', async () => {
    const position = await relocation.run([sampleCommands.proposeReceiving()]);
    const behind = await get(
      `/v1/relocations/${relocation.relocationId}?minPosition=${position}`,
      'municipality:0180',
    );
    expect(behind.statusCode).toBe(503);
    // Umeå does not see the case until the proposal is projected: the 404 of an unknown id, not a 503 that
    // would tell it the case exists (issue 10).
    const notYetShared = await get(
      `/v1/relocations/${relocation.relocationId}?minPosition=${position}`,
      'municipality:2480',
    );
    expect(notYetShared.statusCode).toBe(404);
    expect(behind.headers['retry-after']).toBe('1');
    expect(behind.json()).toMatchObject({ code: 'READ_MODEL_BEHIND' });

    const projector = readModels.startProjector(undefined, { pollIntervalMs: 10 });
    const caught = await get(
      `/v1/relocations/${relocation.relocationId}?minPosition=${position}`,
      'municipality:2480',
    );
    await projector.stop();
    expect(caught.statusCode).toBe(200);
    expect(caught.json()).toMatchObject({
      participation: 'proposedReceiving',
      workflow: { status: 'awaitingReceiverDecision' },
    });
  });

  it('serves the history redacted, and says erased once the case key is gone', async () => {
    const history = await get(`/v1/relocations/${relocation.relocationId}/history`, 'coordinator:national');
    expect(history.statusCode).toBe(200);
    const body = history.json<{ entries: { type: string; withheld: string[] }[] }>();
    expect(body.entries[0]).toMatchObject({
      type: 'RelocationInitiated',
      withheld: ['exclusionZones', 'person', 'protectedIdentity'],
    });
    expect(history.body).not.toMatch(/Testsson/);

    erasedCases.add(relocation.relocationId);
    const erased = await get(`/v1/relocations/${relocation.relocationId}`, 'municipality:0180');
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ erased: true, workflow: { status: 'awaitingReceiverDecision' } });
    expect(erased.json()).not.toHaveProperty('identity');
    erasedCases.delete(relocation.relocationId);
  });

  it('serves the municipalities and counties', async () => {
    const response = await get('/v1/municipalities', 'police:nord');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ municipalities: { code: string; name: string }[]; counties: unknown[] }>();
    expect(body.municipalities).toHaveLength(290);
    expect(body.municipalities).toContainEqual({ code: '0180', name: 'Stockholm', countyCode: '01' });
    expect(body.counties).toHaveLength(21);
  });
});
