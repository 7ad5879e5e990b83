import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import {
  createCaseCrypto,
  createKeyRing,
  createMemoryDataKeyStore,
  isSealedEnvelope,
} from '@relocation/crypto';
import { v1Fixture, v1FixtureKeys } from '@relocation/domain/testing';
import type { Json } from '@relocation/event-store';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels } from '../createReadModels.ts';

let db: PGlite;
let store: SqlEventStore;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  for (const stream of v1Fixture.streams) {
    const first = stream.events[0];
    if (first === undefined) continue;
    await store.appendToStream(
      first.streamName,
      stream.events.map((event) => ({
        id: event.id,
        type: event.type,
        data: event.data as Json,
        metadata: event.metadata as Record<string, Json>,
      })),
      { expectedRevision: 'no_stream' },
    );
  }
});
afterAll(async () => {
  await store.close();
  await db.close();
});

/** The sealed fields of an event's data, each with the field it is bound to (`EventType.field`). */
function envelopesIn(event: { type: string; data: unknown }): { envelope: unknown; field: string }[] {
  const data = (event.data ?? {}) as Record<string, unknown>;
  return Object.entries(data)
    .filter(([, value]) => isSealedEnvelope(value))
    .map(([key, envelope]) => ({ envelope, field: `${event.type}.${key}` }));
}

describe('the v1 fixture in a real event store and the read-model projector', () => {
  it('is stored exactly: the store computes the same hash chain the fixture recorded', async () => {
    for (const stream of v1Fixture.streams) {
      const first = stream.events[0];
      if (first === undefined) continue;
      const read = [];
      for await (const recorded of store.readStream(first.streamName)) read.push(recorded);
      expect(read.map((r) => [r.type, r.hash, r.previousHash])).toEqual(
        stream.events.map((e) => [e.type, e.hash, e.previousHash]),
      );
    }
    expect(await store.verify({ streamPrefix: 'relocation-' })).toMatchObject({ ok: true, problems: [] });
  });

  it('projects every stream to the state recorded with it, with one history row per event', async () => {
    const readModels = createReadModels({
      driver: store.driver,
      schema: uniqueSchemaName('rm'),
      store,
      clock: () => new Date('2026-06-01T09:00:00.000Z'),
      batchSize: 50,
    });
    await readModels.migrate();
    await readModels.projectUntilCaughtUp();
    expect(await readModels.caughtUp()).toBe(true);
    for (const stream of v1Fixture.streams) {
      if (stream.events.length === 0) continue;
      const record = await readModels.queries.getCase(stream.relocationId);
      // The v1 state, plus the fields later versions added (the ledger, the transfer, the accepted housing, the
      // direct placement).
      const {
        ledger,
        transfer,
        acceptedHousingType: _housing,
        directPlacement,
        policeTrack,
        threatValidUntil: _validUntil,
        householdId,
        previousRelocationId,
        renewedRelocationId,
        outcomesRecorded,
        householdMembers,
        ...v1State
      } = record!.state;
      // A version 1 initiation is upcast as its own household, linked to no other case (docs/design.md §3.4).
      expect(householdId, stream.name).toBe(stream.relocationId);
      expect([previousRelocationId, renewedRelocationId], stream.name).toEqual([null, null]);
      expect(outcomesRecorded, stream.name).toEqual([]);
      // A version 1 assessment reads as a defector case.
      expect(policeTrack, stream.name).toBe(v1State.threatLevel === null ? null : 'defector');
      expect(v1State, stream.name).toEqual(stream.finalState);
      expect(transfer, stream.name).toBeNull();
      expect(directPlacement, stream.name).toBeNull();
      // Streams written before members existed name none (issue 13).
      expect(householdMembers, stream.name).toEqual([]);
      if (v1State.responsibleMunicipality !== null) {
        expect(ledger.responsible?.municipalityCode, stream.name).toBe(v1State.responsibleMunicipality);
      }
      const history = await readModels.queries.getHistory(stream.relocationId);
      expect(history).toHaveLength(stream.events.length);
      // Clear free text of version 1 is kept with the sealed fields, so that erasure drops it from the history.
      for (const entry of history.filter((e) => e.type === 'ConsentRecorded')) {
        expect(entry.changes).not.toHaveProperty('documentReference');
        expect(entry.sealed.documentReference).toEqual(
          stream.finalState.erased ? null : { unsealedV1: expect.any(String) },
        );
      }
    }
  });

  it('opens every sealed envelope of a live case with the fixture keys; an erased case’s stay shut', async () => {
    const dataKeys = createMemoryDataKeyStore();
    for (const { caseId, wrapped } of v1FixtureKeys.dataKeys) await dataKeys.put(caseId, wrapped);
    for (const { caseId, destroyedAt } of v1FixtureKeys.erased)
      await dataKeys.destroy(caseId, new Date(destroyedAt));
    const caseCrypto = createCaseCrypto({ keyRing: createKeyRing(v1FixtureKeys.kek), dataKeys });
    let opened = 0;
    for (const stream of v1Fixture.streams) {
      const envelopes = stream.events.flatMap(envelopesIn);
      if (stream.finalState.erased) {
        for (const { envelope, field } of envelopes) {
          await expect(caseCrypto.open(stream.relocationId, envelope, field)).rejects.toMatchObject({
            code: 'DATA_KEY_DESTROYED',
          });
        }
        continue;
      }
      const open = await caseCrypto.openerFor(stream.relocationId);
      for (const { envelope, field } of envelopes) {
        // Version 1 envelopes are bound to the case only: they open in the field they were stored in.
        expect((envelope as { v: number }).v).toBe(1);
        expect(open(envelope, field)).toBeDefined();
        opened += 1;
      }
    }
    expect(opened).toBeGreaterThan(100);
  });
});
