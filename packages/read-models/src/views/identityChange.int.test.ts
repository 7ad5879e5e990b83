/**
 * Fingerade personuppgifter (docs/design.md §5, issue 13): after the police record a new identity, assigned
 * handlers see the current identity and that it changed; nobody else who sees the case learns of the change (no
 * history entry, no old identity, no withheld field naming it), and parties without the identity see none of it.
 * Identities sealed before the four protection levels read `protectedIdentity` as `protectedRegistration`.
 */
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import {
  decide,
  encodeRelocationEvent,
  initialState,
  relocationStreamName,
  type Actor,
  type Command,
  type SealedEnvelope,
} from '@relocation/domain';
import {
  actors,
  command,
  fakeSeal,
  fakeUnseal,
  fixedClock,
  historyTo,
  testContext,
} from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import type { CaseRecord } from '../projector/caseRecord.ts';
import { dumpReadModels, recordCase } from '../testing/index.ts';
import { caseViewFor } from './caseViewFor.ts';
import { historyViewFor } from './historyViewFor.ts';
import { participationFor } from './participationFor.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
const open = async (envelope: SealedEnvelope) => ({ value: fakeUnseal(envelope) });

const officer: Actor = { ...actors.police, userId: 'officer-assigned' };
const receivingCaseworker: Actor = {
  ...actors.receiving,
  userId: 'user-umea-caseworker',
  role: 'caseworker',
};
const oldName = 'Test Testsson';
const oldNumber = '199001012385';
const newName = 'Nystrom Fingerad';
const newNumber = '198001012387';

let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;
let schema: string;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  schema = uniqueSchemaName('rm');
  readModels = createReadModels({ driver: store.driver, schema, store, clock: () => new Date(clock.now()) });
  await readModels.migrate();
});
afterAll(async () => {
  await store.close();
  await db.close();
});

async function recordOf(relocationId: string): Promise<CaseRecord> {
  await readModels.projectUntilCaughtUp();
  const record = await readModels.queries.getCase(relocationId);
  if (record === undefined) throw new Error('case not projected');
  return record;
}

function readersOf(record: CaseRecord) {
  const caseView = async (actor: Actor) =>
    caseViewFor({
      record,
      participation: participationFor(record, actor.organisationId) ?? 'none',
      callerOrganisationId: actor.organisationId,
      callerUserId: actor.userId,
      open,
      now: new Date(clock.now()),
    });
  const history = async (actor: Actor) =>
    historyViewFor({
      entries: await readModels.queries.getHistory(record.relocationId),
      state: record.state,
      participation: participationFor(record, actor.organisationId) ?? 'none',
      callerOrganisationId: actor.organisationId,
      callerUserId: actor.userId,
      open,
    });
  return { caseView, history };
}

const changeIdentity = (): Command =>
  command('ChangeIdentity', officer, {
    name: newName,
    personalIdentityNumber: newNumber,
    decidedOn: '2026-03-01',
  });

const assignments = (): Command[] => [
  command('AssignHandler', actors.police, { userId: officer.userId }),
  command('AssignHandler', actors.receiving, { userId: receivingCaseworker.userId }),
];

describe('an identity change (fingerade personuppgifter)', () => {
  it('assigned handlers see the current identity, the identities before it and the change', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.followUp(), ...assignments(), changeIdentity()]);
    const record = await recordOf(relocation.relocationId);
    expect(record.identityChangesSealed).toHaveLength(1);
    const { caseView, history } = readersOf(record);

    for (const handler of [actors.sending, officer, receivingCaseworker]) {
      const view = await caseView(handler);
      expect(view.identity, handler.userId).toEqual({
        name: newName,
        personalIdentityNumber: newNumber,
        protectionLevel: 'assumedIdentity',
      });
      expect(view.identityHistory, handler.userId).toEqual([
        { name: oldName, personalIdentityNumber: oldNumber, protectionLevel: 'none', decidedOn: null },
        {
          name: newName,
          personalIdentityNumber: newNumber,
          protectionLevel: 'assumedIdentity',
          decidedOn: '2026-03-01',
        },
      ]);
      const entries = await history(handler);
      const change = entries.find((entry) => entry.type === 'IdentityChanged');
      expect(change?.sealed.identity, handler.userId).toMatchObject({
        name: newName,
        decidedOn: '2026-03-01',
      });
      expect(entries[0]?.sealed.person, handler.userId).toMatchObject({ name: oldName });
    }
  });

  it('everyone else sees no trace of it, and parties without the identity see none of it', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.followUp(), ...assignments()]);
    const before = readersOf(await recordOf(relocation.relocationId));
    // Before the change the person is unprotected: the unassigned police and the supervisor see the identity.
    expect(await before.caseView(actors.police)).toHaveProperty('identity.name', oldName);
    expect(await before.caseView(actors.sendingSupervisor)).toHaveProperty('identity.name', oldName);
    const historyBefore = await before.history(actors.police);
    const revisionBefore = historyBefore.length;

    await relocation.run([changeIdentity()]);
    const record = await recordOf(relocation.relocationId);
    const { caseView, history } = readersOf(record);
    for (const reader of [
      actors.police, // police of the case, not assigned
      actors.receivingPolice, // the destination's police, not assigned
      actors.sendingSupervisor, // supervisor, not assigned
      actors.receiving, // the receiving municipality's supervisor, not assigned
      actors.coordinator, // never sees identity
    ]) {
      const view = await caseView(reader);
      const entries = await history(reader);
      const shown = JSON.stringify({ view, entries });
      expect(view, reader.userId).not.toHaveProperty('identity');
      expect(view, reader.userId).not.toHaveProperty('identityHistory');
      expect(shown, reader.userId).not.toMatch(
        /IdentityChanged|assumedIdentity|Nystrom|198001012387|2026-03-01/,
      );
      expect(shown, reader.userId).not.toMatch(/Testsson|199001012385/);
      expect(
        entries.some((e) => e.withheld.includes('identity')),
        reader.userId,
      ).toBe(false);
    }
    // The police's history is the one before the change: the same entries, not one more.
    const policeAfter = await history(actors.police);
    expect(policeAfter.map((e) => e.type)).toEqual(historyBefore.map((e) => e.type));
    expect(policeAfter).toHaveLength(revisionBefore);
  });

  it('whoever sees the identity without being assigned would see only the current one (the rule on its own)', async () => {
    // Not a state the engine reaches today (an assumed identity is protected, so only assigned handlers see any
    // identity): the unprotected state is forced to show the trail rule does not lean on the protection rule.
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.followUp(), ...assignments(), changeIdentity()]);
    const projected = await recordOf(relocation.relocationId);
    const record = { ...projected, state: { ...projected.state, protectedIdentity: false } };
    const { caseView, history } = readersOf(record);
    const view = await caseView(actors.sendingSupervisor);
    expect(view.identity).toMatchObject({ name: newName, personalIdentityNumber: newNumber });
    expect(view).not.toHaveProperty('identityHistory');
    const entries = await history(actors.sendingSupervisor);
    expect(entries.map((e) => e.type)).not.toContain('IdentityChanged');
    expect(JSON.stringify(entries)).not.toMatch(/Testsson|199001012385|Nystrom/);
  });

  it('erasure drops every identity, and a rebuild gives the same rows', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([
      ...historyTo.followUp(),
      ...assignments(),
      changeIdentity(),
      command('EraseCase', actors.operator, { reason: 'operatorRequest' }),
    ]);
    const record = await recordOf(relocation.relocationId);
    expect(record.identityChangesSealed).toEqual([]);
    expect(record.personSealed).toBeNull();
    const live = await dumpReadModels(store.driver, schema);
    const timeline = await readModels.queries.getHistory(relocation.relocationId);
    await readModels.rebuild();
    const rebuilt = await dumpReadModels(store.driver, schema);
    expect(rebuilt.relocations).toEqual(live.relocations);
    expect(await readModels.queries.getHistory(relocation.relocationId)).toEqual(timeline);
  });
});

describe('an identity sealed before the four protection levels', () => {
  it('reads its level `protectedIdentity` as protected registration, in the case and in the history', async () => {
    const relocationId = randomUUID();
    const context = testContext({ clock, newId: randomUUID });
    const initiate = { ...historyTo.draft()[0]!, relocationId } as Command;
    const decision = decide(initiate, initialState(), context);
    if (!decision.ok) throw new Error(decision.error.code);
    const [initiated, ...rest] = decision.events;
    if (initiated?.type !== 'RelocationInitiated') throw new Error('expected RelocationInitiated');
    // What a case started before the four levels stored: the old name of skyddad folkbokföring, sealed.
    const old = {
      ...initiated,
      data: {
        ...initiated.data,
        protectedIdentity: true,
        person: fakeSeal(relocationId, 'RelocationInitiated.person', {
          name: oldName,
          personalIdentityNumber: oldNumber,
          protectionLevel: 'protectedIdentity',
        }),
      },
    };
    await store.appendToStream(
      relocationStreamName(relocationId),
      [old, ...rest].map((event) => encodeRelocationEvent(event)),
      {
        expectedRevision: 'no_stream',
      },
    );
    const record = await recordOf(relocationId);
    const { caseView, history } = readersOf(record);
    expect((await caseView(actors.sending)).identity).toEqual({
      name: oldName,
      personalIdentityNumber: oldNumber,
      protectionLevel: 'protectedRegistration',
    });
    expect((await history(actors.sending))[0]?.sealed.person).toMatchObject({
      protectionLevel: 'protectedRegistration',
    });
    // Protected: the unassigned supervisor sees no identity.
    expect(await caseView(actors.sendingSupervisor)).not.toHaveProperty('identity');
  });
});
