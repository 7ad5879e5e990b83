import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { DataKeyDestroyedError } from '@relocation/crypto';
import type { SealedEnvelope } from '@relocation/domain';
import { fakeUnseal, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { recordCase, type RecordedCase } from '../testing/index.ts';
import { caseViewFor } from './caseViewFor.ts';
import type { CaseView } from './caseViewSchema.ts';
import { historyViewFor } from './historyViewFor.ts';
import { lazyOpener } from './opener.ts';
import { participationFor } from './participationFor.ts';
import { pseudonymOf } from './pseudonym.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
const sending = 'municipality:0180';
const declining = 'municipality:0380';
const receiving = 'municipality:2480';
const coordinator = 'coordinator:national';
const police = 'police:stockholm';
const receivingPolice = 'police:nord';

let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;
let opened: string[];

const openerFor = async (relocationId: string) => {
  opened.push(relocationId);
  return (envelope: SealedEnvelope) => fakeUnseal(envelope);
};

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
});
afterAll(async () => {
  await store.close();
  await db.close();
});

async function caseAt(
  relocation: RecordedCase,
  organisationId: string,
  summary = false,
): Promise<CaseView | 'not found'> {
  await readModels.projectUntilCaughtUp();
  const record = await readModels.queries.getCase(relocation.relocationId);
  if (record === undefined) return 'not found';
  const participation = participationFor(record, organisationId);
  if (participation === undefined) return 'not found';
  return caseViewFor({
    record,
    participation,
    callerOrganisationId: organisationId,
    open: lazyOpener(openerFor, record.relocationId),
    now: new Date(clock.now()),
    summary,
  });
}

const person = {
  name: 'Test Testsson',
  personalIdentityNumber: '199001012385',
  protectionLevel: 'none',
};

describe('case views follow the need-to-know matrix', () => {
  it('while a municipality is proposed: it sees needs and constraints but no identity; others by their role', async () => {
    opened = [];
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.matching(), sampleCommands.proposeDeclining()]);

    const proposed = await caseAt(relocation, declining);
    expect(proposed).toMatchObject({
      participation: 'proposedReceiving',
      pseudonym: pseudonymOf(relocation.relocationId),
    });
    expect(proposed).not.toHaveProperty('identity');
    expect(proposed).not.toHaveProperty('receptionPlan');
    expect(proposed).not.toHaveProperty('receivingMunicipality');
    expect(proposed).toMatchObject({
      householdAndNeeds: { household: { adults: 1, childrenAges: [4, 9] } },
      threat: {
        level: 'high',
        exclusionZones: [
          { kind: 'county', code: '12' },
          { kind: 'municipality', code: '1480' },
        ],
      },
    });
    expect(proposed === 'not found' ? undefined : proposed.threat).not.toHaveProperty('details');
    expect(opened).toEqual([]);

    const coordinatorView = await caseAt(relocation, coordinator);
    expect(coordinatorView).toMatchObject({
      participation: 'coordinator',
      pseudonym: expect.stringMatching(/^P-[0-9a-f]{8}$/),
      threat: { level: 'high' },
      receivingMunicipality: { proposed: '0380', accepted: null },
    });
    expect(coordinatorView).not.toHaveProperty('identity');
    const coordinatorThreat = coordinatorView === 'not found' ? undefined : coordinatorView.threat;
    expect(Object.keys(coordinatorThreat ?? {})).toEqual(['level']);
    expect(opened).toEqual([]);

    const sendingView = await caseAt(relocation, sending);
    expect(sendingView).toMatchObject({
      participation: 'sending',
      identity: person,
      threat: { level: 'high', details: { policeCaseReference: 'PM-2026-0042' } },
    });
    expect(await caseAt(relocation, 'police:syd')).toBe('not found');
    expect(await caseAt(relocation, 'municipality:1280')).toBe('not found');
    expect(await caseAt(relocation, 'audit:national')).toBe('not found');

    await relocation.run([sampleCommands.decline()]);
    expect(await caseAt(relocation, declining)).toBe('not found');
  });

  it('after acceptance: the receiver sees identity and its plan, the sending side never the plan', async () => {
    opened = [];
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.awaitingArrival());

    const receiver = await caseAt(relocation, receiving);
    expect(receiver).toMatchObject({
      participation: 'acceptedReceiving',
      identity: person,
      receptionPlan: {
        municipalityCode: '2480',
        housingType: 'protectedHousing',
        plannedMoveDate: '2026-03-16',
        plan: { contactPerson: { name: 'Kontakt Person' } },
      },
      receivingMunicipality: { accepted: '2480' },
    });
    expect(receiver === 'not found' ? undefined : receiver.threat).not.toHaveProperty('details');

    const sendingView = await caseAt(relocation, sending);
    expect(sendingView).not.toHaveProperty('receptionPlan');
    expect(JSON.stringify(sendingView)).not.toContain('Kontakt');
    expect(sendingView).toMatchObject({ receivingMunicipality: { accepted: '2480' } });

    const coordinatorView = await caseAt(relocation, coordinator);
    expect(coordinatorView).not.toHaveProperty('receptionPlan');
    expect(coordinatorView).toMatchObject({ receivingMunicipality: { accepted: '2480' } });
    expect(JSON.stringify(coordinatorView)).not.toMatch(/Testsson|Kontakt|PM-2026/);

    for (const region of [police, receivingPolice]) {
      expect(await caseAt(relocation, region)).toMatchObject({
        participation: 'police',
        identity: person,
        receptionPlan: { plan: { contactPerson: { name: 'Kontakt Person' } } },
        threat: { details: { policeCaseReference: 'PM-2026-0042' } },
      });
    }
    expect(await caseAt(relocation, 'police:syd')).toBe('not found');
  });

  it('list summaries carry no sealed data and fetch no key', async () => {
    opened = [];
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.awaitingArrival());
    const summary = await caseAt(relocation, police, true);
    expect(summary).not.toHaveProperty('identity');
    expect(summary).toMatchObject({ receptionPlan: { municipalityCode: '2480' } });
    expect(summary === 'not found' ? undefined : summary.receptionPlan).not.toHaveProperty('plan');
    expect(opened).toEqual([]);
  });

  it('says erased and leaves personal data out once the case key is destroyed', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.matching());
    await readModels.projectUntilCaughtUp();
    const record = await readModels.queries.getCase(relocation.relocationId);
    if (record === undefined) throw new Error('case not projected');
    const destroyed = lazyOpener(async (id) => {
      throw new DataKeyDestroyedError(id, new Date('2031-01-01T00:00:00.000Z'));
    }, record.relocationId);
    const view = await caseViewFor({
      record,
      participation: 'sending',
      callerOrganisationId: sending,
      open: destroyed,
      now: new Date(clock.now()),
    });
    expect(view.erased).toBe(true);
    expect(view).not.toHaveProperty('identity');
    expect(view.threat).not.toHaveProperty('details');
    expect(view.threat).toMatchObject({ level: 'high' });

    const history = await historyViewFor({
      entries: await readModels.queries.getHistory(record.relocationId),
      state: record.state,
      participation: 'sending',
      callerOrganisationId: sending,
      open: destroyed,
    });
    expect(history[0]).toMatchObject({ type: 'RelocationInitiated', erased: true, sealed: {} });
  });

  it('judges stalled against the clock from open deadlines', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run(historyTo.threatAssessment());
    const now = await caseAt(relocation, sending);
    expect(now).toMatchObject({ workflow: { stalled: false, stalledSince: null } });
    const record = await readModels.queries.getCase(relocation.relocationId);
    if (record === undefined) throw new Error('case not projected');
    const due = record.state.deadlines[0]?.dueAt ?? '';
    const later = await caseViewFor({
      record,
      participation: 'sending',
      callerOrganisationId: sending,
      open: lazyOpener(openerFor, record.relocationId),
      now: new Date(Date.parse(due) + 1),
    });
    expect(later.workflow).toMatchObject({
      stalled: true,
      stalledSince: due,
      deadlines: [
        { kind: 'threatAssessment', awaited: { party: 'police', organisationId: police }, overdue: true },
      ],
    });
  });
});

describe('history views', () => {
  it('list every event, withholding fields and organisations the caller may not see', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([
      ...historyTo.matching(),
      sampleCommands.proposeDeclining(),
      sampleCommands.decline(),
      sampleCommands.proposeReceiving(),
    ]);
    await readModels.projectUntilCaughtUp();
    const record = await readModels.queries.getCase(relocation.relocationId);
    if (record === undefined) throw new Error('case not projected');
    const entries = await readModels.queries.getHistory(relocation.relocationId);
    const historyFor = (organisationId: string) => {
      const participation = participationFor(record, organisationId);
      if (participation === undefined) throw new Error(`${organisationId} may not see the case`);
      return historyViewFor({
        entries,
        state: record.state,
        participation,
        callerOrganisationId: organisationId,
        open: lazyOpener(openerFor, record.relocationId),
      });
    };

    const coordinatorHistory = await historyFor(coordinator);
    expect(coordinatorHistory).toHaveLength(entries.length);
    expect(coordinatorHistory[0]).toMatchObject({
      type: 'RelocationInitiated',
      actor: { organisationId: sending, role: 'caseworker' },
      sealed: {},
      withheld: ['exclusionZones', 'person', 'protectedIdentity'],
    });
    expect(coordinatorHistory[0]?.actor).not.toHaveProperty('userId');
    expect(JSON.stringify(coordinatorHistory)).not.toMatch(/Testsson|PM-2026|Inga lediga/);

    const sendingHistory = await historyFor(sending);
    expect(sendingHistory[0]).toMatchObject({
      actor: { organisationId: sending, userId: 'user-sending' },
      sealed: { person },
    });
    expect(sendingHistory.find((e) => e.type === 'HandoverDeclined')).toMatchObject({
      changes: { municipalityCode: '0380', reasonCategory: 'noHousing' },
      sealed: { reason: 'Inga lediga bostäder.' },
    });

    // The municipality proposed now learns nothing of the one that declined before it.
    const proposedHistory = await historyFor(receiving);
    const declined = proposedHistory.find((e) => e.type === 'HandoverDeclined');
    expect(declined).toMatchObject({
      actor: { organisationId: 'withheld' },
      withheld: ['municipalityCode', 'reason'],
    });
    const proposals = proposedHistory.filter((e) => e.type === 'ReceivingMunicipalityProposed');
    expect(proposals.map((e) => e.changes)).toEqual([{}, { municipalityCode: '2480' }]);
    expect(JSON.stringify(proposedHistory)).not.toMatch(/0380|police:mitt/);
  });
});
