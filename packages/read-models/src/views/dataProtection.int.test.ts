import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import type { Command, SealedEnvelope } from '@relocation/domain';
import { actors, fakeUnseal, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { dumpReadModels, recordCase } from '../testing/index.ts';
import { caseViewFor } from './caseViewFor.ts';
import { historyViewFor } from './historyViewFor.ts';
import { participationFor } from './participationFor.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
const open = async (envelope: SealedEnvelope) => ({ value: fakeUnseal(envelope) });

let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;
let schema: string;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  schema = uniqueSchemaName('rm');
  readModels = createReadModels({
    driver: store.driver,
    schema,
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
});
afterAll(async () => {
  await store.close();
  await db.close();
});

function protectedInitiate(): Command {
  const initiate = sampleCommands.initiate();
  return {
    ...initiate,
    payload: {
      ...initiate.payload,
      person: { ...initiate.payload.person, protectionLevel: 'protectedRegistration' },
    },
  };
}

async function recordOf(relocationId: string) {
  await readModels.projectUntilCaughtUp();
  const record = await readModels.queries.getCase(relocationId);
  if (record === undefined) throw new Error('case not projected');
  return record;
}

describe('protected identity', () => {
  it('shows the identity only to assigned handlers, never in list entries', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([protectedInitiate(), ...historyTo.matching().slice(1)]);
    const record = await recordOf(relocation.relocationId);
    expect(record.state.protectedIdentity).toBe(true);
    const viewOf = async (actor: { organisationId: string; userId: string }, summary = false) => {
      const participation = participationFor(record, actor.organisationId);
      if (participation === undefined) throw new Error('not a participant');
      return caseViewFor({
        record,
        participation,
        callerOrganisationId: actor.organisationId,
        callerUserId: actor.userId,
        open,
        now: new Date(clock.now()),
        summary,
      });
    };
    expect(await viewOf(actors.sending)).toHaveProperty('identity.name', 'Test Testsson');
    expect(await viewOf(actors.sending, true)).not.toHaveProperty('identity');
    expect(await viewOf(actors.sendingSupervisor)).not.toHaveProperty('identity');
    expect(await viewOf(actors.police)).not.toHaveProperty('identity');

    const historyOf = async (actor: { organisationId: string; userId: string }) =>
      historyViewFor({
        entries: await readModels.queries.getHistory(record.relocationId),
        state: record.state,
        participation: participationFor(record, actor.organisationId) ?? 'none',
        callerOrganisationId: actor.organisationId,
        callerUserId: actor.userId,
        open,
      });
    expect(JSON.stringify(await historyOf(actors.sending))).toMatch(/Testsson/);
    const policeHistory = await historyOf(actors.police);
    expect(JSON.stringify(policeHistory)).not.toMatch(/Testsson|199001012385/);
    expect(policeHistory[0]?.withheld).toContain('person');
  });

  it('an unprotected person’s identity follows the matrix alone', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.matching());
    const record = await recordOf(relocation.relocationId);
    const view = await caseViewFor({
      record,
      participation: 'police',
      callerOrganisationId: actors.police.organisationId,
      callerUserId: actors.police.userId,
      open,
      now: new Date(clock.now()),
    });
    expect(view).toHaveProperty('identity.name', 'Test Testsson');
  });
});

describe('erasure in the read models', () => {
  it('CaseErased drops every sealed column and history envelope; a rebuild gives the same rows', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.awaitingArrival(), sampleCommands.erase()]);
    const record = await recordOf(relocation.relocationId);
    expect(record.state.erased).toBe(true);
    expect(record.personSealed).toBeNull();
    expect(record.threatDetailsSealed).toBeNull();
    expect(record.receptionPlanSealed).toBeNull();
    const entries = await readModels.queries.getHistory(record.relocationId);
    const sealedValues = entries.flatMap((entry) => Object.values(entry.sealed));
    expect(sealedValues.length).toBeGreaterThan(0);
    expect(sealedValues.every((value) => value === null)).toBe(true);

    const view = await caseViewFor({
      record,
      participation: 'sending',
      callerOrganisationId: actors.sending.organisationId,
      callerUserId: actors.sending.userId,
      open,
      now: new Date(clock.now()),
    });
    expect(view.erased).toBe(true);
    expect(view).not.toHaveProperty('identity');
    const history = await historyViewFor({
      entries,
      state: record.state,
      participation: 'sending',
      callerOrganisationId: actors.sending.organisationId,
      callerUserId: actors.sending.userId,
      open,
    });
    expect(history.map((entry) => entry.type)).toContain('CaseErased');
    expect(history[0]).toMatchObject({ type: 'RelocationInitiated', erased: true, sealed: {} });

    const live = await dumpReadModels(store.driver, schema);
    const timeline = await readModels.queries.getHistory(record.relocationId);
    await readModels.rebuild();
    const rebuilt = await dumpReadModels(store.driver, schema);
    expect(rebuilt.relocations).toEqual(live.relocations);
    expect(await readModels.queries.getHistory(record.relocationId)).toEqual(timeline);
  });
});
