/**
 * Missing outcomes on the stalled dashboard (issue 15): a closed case still owes its 12-month outcome; once its
 * due time has passed, the case is stalled for the responsible municipality until the outcome is recorded, and the
 * deadline monitor finds the step to take. Times come from an injected clock.
 */
import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import type { Command } from '@relocation/domain';
import { actors, command, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { createDeadlineQueries, type DeadlineQueries } from '../deadlines/deadlineQueries.ts';
import { recordCase } from '../testing/index.ts';
import { createDashboardQueries, type DashboardQueries } from './dashboardQueries.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;
let deadlines: DeadlineQueries;
let dashboard: DashboardQueries;

const outcome = (month: 6 | 12): Command =>
  command('RecordOutcome', actors.sending, { month, outcome: 'stillLivingThere' }) as Command;

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

describe('missing outcomes', () => {
  it('keep a closed case on the stalled dashboard until the 12-month outcome is recorded', async () => {
    const relocation = recordCase(store, clock);
    await relocation.run([...historyTo.followUp(), outcome(6), sampleCommands.close()]);
    await readModels.projectUntilCaughtUp();
    const owed = relocation.state.deadlines.find((d) => d.kind === 'outcome12');
    if (owed === undefined) throw new Error('no outcome12 deadline');
    expect(relocation.state.status).toBe('closed');

    const stalledAt = async (instant: string) =>
      (await dashboard.stalledCases({ now: new Date(instant) })).filter(
        (c) => c.relocationId === relocation.relocationId,
      );
    const before = new Date(Date.parse(owed.dueAt) - 1000).toISOString();
    const after = new Date(Date.parse(owed.dueAt) + 1000).toISOString();
    expect(await stalledAt(before)).toEqual([]);
    expect(await stalledAt(after)).toEqual([
      expect.objectContaining({
        state: 'closed',
        deadlineKind: 'outcome12',
        waitingFor: 'municipality:0180',
        escalationLevel: 0,
      }),
    ]);
    // Only the responsible municipality's own overdue work shows it.
    expect(
      (await dashboard.stalledCases({ now: new Date(after), organisationId: 'municipality:2480' })).filter(
        (c) => c.relocationId === relocation.relocationId,
      ),
    ).toEqual([]);
    // The monitor finds it due.
    const steps = await deadlines.dueSteps(new Date(after));
    expect(steps.filter((s) => s.relocationId === relocation.relocationId)).toEqual([
      expect.objectContaining({ kind: 'outcome12', step: 'markMissed' }),
    ]);

    // The monitor records the miss on the closed case; then the outcome is recorded late and the case is done.
    clock.set(after);
    await relocation.run([command('MarkDeadlineMissed', actors.monitor, { deadlineId: owed.deadlineId })]);
    await readModels.projectUntilCaughtUp();
    expect(await stalledAt(after)).toEqual([expect.objectContaining({ escalationLevel: 1 })]);
    await relocation.run([outcome(12)]);
    await readModels.projectUntilCaughtUp();
    expect(await stalledAt(after)).toEqual([]);
  });
});
