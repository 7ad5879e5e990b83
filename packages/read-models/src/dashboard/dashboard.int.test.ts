import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { actors, command, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import type { Command } from '@relocation/domain';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { createDeadlineQueries, type DeadlineQueries } from '../deadlines/deadlineQueries.ts';
import { recordCase, type RecordedCase } from '../testing/index.ts';
import { createDashboardQueries, type DashboardQueries } from './dashboardQueries.ts';

// Monday 2 March 2026, 09:00 UTC (10:00 in Stockholm).
const clock = fixedClock('2026-03-02T09:00:00.000Z');
const at = (instant: string) => new Date(instant);
let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;
let deadlines: DeadlineQueries;
let dashboard: DashboardQueries;

const planned = (): Command => {
  const initiate = sampleCommands.initiate();
  return { ...initiate, payload: { ...initiate.payload, urgency: 'planned' } } as Command;
};

/** Runs commands one hour apart, so every stay in a state lasts an hour. */
async function runHourly(relocation: RecordedCase, commands: readonly Command[]): Promise<void> {
  for (const next of commands) {
    await relocation.run([next]);
    clock.advance(3_600_000);
  }
}

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
  deadlines = createDeadlineQueries(store.driver, readModels.schema);
  dashboard = createDashboardQueries({ db: store.driver, store, schema: readModels.schema });
});
afterAll(async () => {
  await store.close();
  await db.close();
});

describe('deadline and dashboard queries', () => {
  let acute: RecordedCase;
  let slow: RecordedCase;

  it('finds nothing before the due time and the miss after it, with the revision the read model saw', async () => {
    clock.set('2026-03-02T09:00:00.000Z');
    acute = recordCase(store, clock);
    await runHourly(acute, historyTo.threatAssessment());
    slow = recordCase(store, clock);
    await runHourly(slow, [planned(), sampleCommands.consentAll(), sampleCommands.submit()]);
    await readModels.projectUntilCaughtUp();

    // Acute: two business days after submission (Mon 11:00 UTC) -> Wed 4 March 11:00 UTC.
    const due = acute.state.deadlines[0];
    expect(due?.dueAt).toBe('2026-03-04T11:00:00.000Z');
    expect(await deadlines.dueSteps(at('2026-03-04T10:59:59.999Z'))).toEqual([]);
    expect(await dashboard.stalledCases({ now: at('2026-03-04T10:59:59.999Z') })).toEqual([]);

    const steps = await deadlines.dueSteps(at('2026-03-04T11:00:00.000Z'));
    expect(steps).toEqual([
      {
        relocationId: acute.relocationId,
        revision: acute.state.revision,
        deadlineId: due?.deadlineId,
        kind: 'threatAssessment',
        ownerOrganisationId: 'police:stockholm',
        dueAt: '2026-03-04T11:00:00.000Z',
        escalateAt: due?.escalateAt,
        step: 'markMissed',
      },
    ]);
  });

  it('lists, for ?stalled=true, only the overdue work the caller owes unless no owner is given', async () => {
    const now = at('2026-03-04T12:00:00.000Z');
    const list = (stalledFor?: string) =>
      readModels.queries
        .listCases({
          organisationId: 'municipality:0180',
          now,
          limit: 10,
          stalled: true,
          ...(stalledFor === undefined ? {} : { stalledFor }),
        })
        .then((page) => page.cases.map((record) => record.relocationId));
    // The acute case waits for the Stockholm police, not for the sending municipality.
    expect(await list()).toEqual([acute.relocationId]);
    expect(await list('municipality:0180')).toEqual([]);
    const policeView = await readModels.queries.listCases({
      organisationId: 'police:stockholm',
      now,
      limit: 10,
      stalled: true,
      stalledFor: 'police:stockholm',
    });
    expect(policeView.cases.map((record) => record.relocationId)).toEqual([acute.relocationId]);
  });

  it('lists a stalled case with whom it waits for, business days overdue and level, even before the monitor ran', async () => {
    const now = at('2026-03-06T12:00:00.000Z');
    const [stalled, ...rest] = await dashboard.stalledCases({ now });
    expect(rest).toEqual([]);
    expect(stalled).toMatchObject({
      relocationId: acute.relocationId,
      state: 'threatAssessment',
      urgency: 'acute',
      waitingFor: 'police:stockholm',
      deadlineKind: 'threatAssessment',
      businessDaysOverdue: 2,
      escalationLevel: 0,
      responsibleMunicipality: '0180',
      countyCode: '01',
      policeRegion: 'stockholm',
    });
    expect(await dashboard.stalledCases({ now, countyCode: '12' })).toEqual([]);
    expect(await dashboard.stalledCases({ now, policeRegion: 'syd' })).toEqual([]);
    expect(await dashboard.stalledCases({ now, organisationId: 'police:nord' })).toEqual([]);
    expect(await dashboard.stalledCases({ now, organisationId: 'police:stockholm' })).toHaveLength(1);
  });

  it('moves the ladder on: a missed deadline is due for escalation only at its escalation time', async () => {
    const deadline = acute.state.deadlines[0];
    if (deadline === undefined) throw new Error('no deadline');
    clock.set('2026-03-04T11:00:01.000Z');
    await acute.run([command('MarkDeadlineMissed', actors.monitor, { deadlineId: deadline.deadlineId })]);
    await readModels.projectUntilCaughtUp();
    const escalateAt = deadline.escalateAt;
    expect(await deadlines.dueSteps(at('2026-03-05T12:00:00.000Z'))).toEqual([]);
    const [step] = await deadlines.dueSteps(at(escalateAt));
    expect(step).toMatchObject({ step: 'raiseEscalation', revision: acute.state.revision });
    const [stalled] = await dashboard.stalledCases({ now: at(escalateAt) });
    expect(stalled?.escalationLevel).toBe(1);
  });

  it('orders the most severe first: escalation level, then acute before planned, then longest overdue', async () => {
    // Planned: ten business days after submission on 2 March -> 16 March.
    const now = at('2026-03-20T12:00:00.000Z');
    const before = await dashboard.stalledCases({ now });
    expect(before.map((c) => c.relocationId)).toEqual([acute.relocationId, slow.relocationId]);
    const other = recordCase(store, clock);
    clock.set('2026-03-02T09:00:00.000Z');
    await runHourly(other, historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    const ordered = await dashboard.stalledCases({ now });
    expect(ordered.map((c) => [c.escalationLevel, c.urgency])).toEqual([
      [1, 'acute'],
      [0, 'acute'],
      [0, 'planned'],
    ]);
    expect(await dashboard.stalledCases({ now, limit: 1 })).toHaveLength(1);
  });

  it('forecasts, read-only, what will be overdue by a date', async () => {
    const forecast = await deadlines.forecast(at('2026-03-18T12:00:00.000Z'));
    expect(forecast.map((item) => item.relocationId)).toContain(slow.relocationId);
    const planned = forecast.find((item) => item.relocationId === slow.relocationId);
    expect(planned).toMatchObject({ kind: 'threatAssessment', ownerOrganisationId: 'police:stockholm' });
    expect(planned?.businessDaysOverdue).toBe(1);
    expect(await deadlines.forecast(at('2026-03-02T12:00:00.000Z'))).toEqual([]);
  });

  it('counts per state and urgency, time per stage, open cases per county', async () => {
    const done = recordCase(store, clock);
    clock.set('2026-03-02T09:00:00.000Z');
    await runHourly(done, historyTo.awaitingArrival());
    await readModels.projectUntilCaughtUp();
    const view = await dashboard.overview(at('2026-03-20T12:00:00.000Z'));
    expect(view.byState).toContainEqual({
      state: 'threatAssessment',
      urgency: 'acute',
      cases: 2,
      stalled: 2,
    });
    expect(view.byState).toContainEqual({
      state: 'threatAssessment',
      urgency: 'planned',
      cases: 1,
      stalled: 1,
    });
    const matching = view.stageDurations.find((d) => d.state === 'matching');
    expect(matching).toEqual({ state: 'matching', completed: 1, medianSeconds: 3600, p90Seconds: 3600 });
    const assessment = view.stageDurations.find((d) => d.state === 'threatAssessment');
    expect(assessment?.completed).toBe(1);
    expect(view.openByCounty).toEqual([{ countyCode: '01', openCases: 4 }]);
    expect(view.since).toBe('2025-03-20T12:00:00.000Z');
    // A year later the stays have left the window.
    const later = await dashboard.overview(at('2027-04-01T12:00:00.000Z'));
    expect(later.stageDurations).toEqual([]);
  });

  it('leaves out of the overview the cases the coordinator no longer sees, and their stays', async () => {
    const now = at('2026-03-20T12:00:00.000Z');
    const before = await dashboard.overview(now);
    const hidden = recordCase(store, clock);
    await runHourly(hidden, [
      ...historyTo.matching(),
      sampleCommands.proposeDeclining(),
      command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-02' }),
    ]);
    await readModels.projectUntilCaughtUp();
    const record = await readModels.queries.getCase(hidden.relocationId);
    expect(record?.state.status).toBe('withdrawn');
    // Two minutes later: the stage durations are computed again, not reused.
    const later = at('2026-03-20T12:02:00.000Z');
    const after = await dashboard.overview(later);
    expect(after).toEqual({ ...before, now: later.toISOString(), since: '2025-03-20T12:02:00.000Z' });
  });

  it('reports open and stalled cases by state and the projector lag for metrics', async () => {
    const now = at('2026-03-20T12:00:00.000Z');
    expect(await dashboard.casesByState(now)).toContainEqual({
      state: 'threatAssessment',
      open: 3,
      stalled: 3,
    });
    expect(await dashboard.projectorLag(now)).toEqual({ events: 0, seconds: 0 });
    const late = recordCase(store, clock);
    await late.run(historyTo.draft());
    const lag = await dashboard.projectorLag(new Date(Date.now() + 10_000));
    expect(lag.events).toBe(1);
    expect(lag.seconds).toBeGreaterThanOrEqual(10);
  });
  it('suggests another municipality when a receiving municipality’s answer is escalated', async () => {
    clock.set('2026-03-02T09:00:00.000Z');
    const waiting = recordCase(store, clock);
    await waiting.run(historyTo.awaitingReceiverDecision());
    const deadline = waiting.state.deadlines[0];
    if (deadline === undefined) throw new Error('no deadline');
    expect(deadline.ownerOrganisationId).toBe('municipality:2480');
    clock.set(deadline.dueAt);
    await waiting.run([command('MarkDeadlineMissed', actors.monitor, { deadlineId: deadline.deadlineId })]);
    clock.set(deadline.escalateAt);
    await waiting.run([command('RaiseEscalation', actors.monitor, { deadlineId: deadline.deadlineId })]);
    await readModels.projectUntilCaughtUp();
    const now = at(deadline.escalateAt);
    const [first] = await dashboard.stalledCases({ now, organisationId: 'municipality:2480' });
    expect(first).toMatchObject({
      relocationId: waiting.relocationId,
      state: 'awaitingReceiverDecision',
      escalationLevel: 2,
      // The IVO application is for a transfer of the case left unanswered, not for a handover proposal (§3.1).
      suggestion: 'proposeAnotherMunicipality',
    });
    const [mostSevere] = await dashboard.stalledCases({ now });
    expect(mostSevere?.relocationId).toBe(waiting.relocationId);
  });
});
