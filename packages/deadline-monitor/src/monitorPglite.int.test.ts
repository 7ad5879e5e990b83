import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { createCommandHandler, type CommandHandler } from '@relocation/application';
import { relocationStreamName, type Command } from '@relocation/domain';
import {
  actors,
  command,
  fakeSeal,
  fixedClock,
  historyTo,
  sampleProviders,
  type TestClock,
} from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { createDeadlineQueries, createReadModels, type ReadModels } from '@relocation/read-models';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runMonitorOnce, type DueStepSource, type MonitorRun } from './runMonitorOnce.ts';
import { startMonitor } from './startMonitor.ts';

const hour = 3_600_000;
let store: SqlEventStore;
let readModels: ReadModels;
let deadlines: DueStepSource;
let clock: TestClock;
let handler: CommandHandler;

let db: PGlite;

beforeAll(() => {
  db = newPglite('memory://');
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  // Each test has its own event store and read-model schemas in one database: earlier tests' cases never show up.
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  clock = fixedClock('2026-03-02T09:00:00.000Z');
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  deadlines = createDeadlineQueries(store.driver, readModels.schema);
  handler = handlerWith(clock);
});

function handlerWith(testClock: TestClock): CommandHandler {
  return createCommandHandler({
    store,
    sealerFor: async (relocationId) => (field, value) => fakeSeal(relocationId, field, value),
    providers: sampleProviders,
    clock: () => new Date(testClock.now()),
    newId: randomUUID,
  });
}

const monitor = (overrides: { handler?: CommandHandler; deadlines?: DueStepSource } = {}) =>
  runMonitorOnce({
    deadlines: overrides.deadlines ?? deadlines,
    handler: overrides.handler ?? handler,
    clock: () => new Date(clock.now()),
    newId: randomUUID,
  });

/** Issues fixture commands on a new case through the handler, at the test clock's time. */
async function newCase(commands: readonly Command[]): Promise<string> {
  const relocationId = randomUUID();
  await issue(relocationId, commands);
  return relocationId;
}

async function issue(relocationId: string, commands: readonly Command[]): Promise<void> {
  for (const next of commands) {
    await handler.handle({ ...next, relocationId, commandId: randomUUID() } as Command);
  }
}

async function eventTypes(relocationId: string): Promise<string[]> {
  const types: string[] = [];
  for await (const event of store.readStream(relocationStreamName(relocationId))) types.push(event.type);
  return types;
}

const count = (types: readonly string[], type: string): number => types.filter((t) => t === type).length;
const outcomes = (run: MonitorRun) => run.steps.map((step) => `${step.step}:${step.outcome}`);

async function openDeadline(relocationId: string) {
  const record = await readModels.queries.getCase(relocationId);
  const deadline = record?.state.deadlines[0];
  if (deadline === undefined) throw new Error('no open deadline');
  return deadline;
}

describe('runMonitorOnce', () => {
  it('marks a deadline missed at its due time, escalates at escalateAt, and then does nothing more', async () => {
    const id = await newCase(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    const deadline = await openDeadline(id);
    expect(deadline.dueAt).toBe('2026-03-04T09:00:00.000Z');

    clock.set('2026-03-04T08:59:59.999Z');
    expect((await monitor()).steps).toEqual([]);
    clock.set('2026-03-04T09:00:00.000Z');
    expect(outcomes(await monitor())).toEqual(['markMissed:fired']);
    expect(await eventTypes(id)).toEqual(expect.arrayContaining(['DeadlineMissed', 'EscalationRaised']));

    await readModels.projectUntilCaughtUp();
    expect((await monitor()).steps).toEqual([]);
    // Five business days later: 11 March.
    expect(deadline.escalateAt).toBe('2026-03-11T09:00:00.000Z');
    clock.set('2026-03-11T09:00:00.000Z');
    expect(outcomes(await monitor())).toEqual(['raiseEscalation:fired']);
    await readModels.projectUntilCaughtUp();
    clock.advance(30 * 24 * hour);
    expect((await monitor()).steps).toEqual([]);
    const types = await eventTypes(id);
    expect(count(types, 'DeadlineMissed')).toBe(1);
    expect(count(types, 'EscalationRaised')).toBe(2);
  });

  it('two monitors racing over the same store fire each deadline exactly once', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 4; n += 1) ids.push(await newCase(historyTo.threatAssessment()));
    await readModels.projectUntilCaughtUp();
    clock.set('2026-03-05T09:00:00.000Z');
    const other = handlerWith(clock);

    const [first, second] = await Promise.all([monitor(), monitor({ handler: other })]);
    const all = [...first.steps, ...second.steps];
    expect(all.filter((step) => step.outcome === 'fired')).toHaveLength(4);
    expect(all.filter((step) => step.outcome === 'failed')).toEqual([]);
    // Both ran over stale read models once more (the projector has not caught up): nothing new.
    const again = await Promise.all([monitor(), monitor({ handler: other })]);
    expect(again.flatMap((run) => run.steps).filter((step) => step.outcome === 'fired')).toEqual([]);
    for (const id of ids) expect(count(await eventTypes(id), 'DeadlineMissed')).toBe(1);
  });

  it('a restart mid-run fires the rest and nothing twice, even over a read model that has not caught up', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 4; n += 1) ids.push(await newCase(historyTo.threatAssessment()));
    await readModels.projectUntilCaughtUp();
    clock.set('2026-03-05T09:00:00.000Z');
    // The process dies during the third command: its events are appended, but the monitor never hears back,
    // and the fourth is never issued.
    let calls = 0;
    const dying: CommandHandler = {
      async handle(next, options) {
        calls += 1;
        if (calls > 3) throw new Error('process gone');
        const result = await handler.handle(next, options);
        if (calls === 3) throw new Error('process gone');
        return result;
      },
    };
    expect(outcomes(await monitor({ handler: dying }))).toEqual([
      'markMissed:fired',
      'markMissed:fired',
      'markMissed:failed',
      'markMissed:failed',
    ]);
    const restarted = await monitor({ handler: handlerWith(clock) });
    expect(outcomes(restarted)).toEqual([
      'markMissed:duplicate',
      'markMissed:duplicate',
      'markMissed:duplicate',
      'markMissed:fired',
    ]);
    for (const id of ids) expect(count(await eventTypes(id), 'DeadlineMissed')).toBe(1);
  });

  it('a late monitor catches up step by step, each once', async () => {
    const id = await newCase(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    clock.set('2026-04-30T09:00:00.000Z');
    expect(outcomes(await monitor())).toEqual(['markMissed:fired']);
    await readModels.projectUntilCaughtUp();
    expect(outcomes(await monitor())).toEqual(['raiseEscalation:fired']);
    await readModels.projectUntilCaughtUp();
    expect((await monitor()).steps).toEqual([]);
    const types = await eventTypes(id);
    expect([count(types, 'DeadlineMissed'), count(types, 'EscalationRaised')]).toEqual([1, 2]);
  });

  it('issues several due deadlines of one case in one run, each expecting the revision the previous left', async () => {
    const id = await newCase(historyTo.followUp());
    await readModels.projectUntilCaughtUp();
    clock.set('2026-10-01T09:00:00.000Z');
    // Follow-ups 1, 3 and 6 months, the outcome at 6 months (issue 15) and the police's reassessment at the
    // assessment's valid-until (1 September).
    const run = await monitor();
    expect(outcomes(run)).toEqual(Array.from({ length: 5 }, () => 'markMissed:fired'));
    await readModels.projectUntilCaughtUp();
    expect(outcomes(await monitor())).toEqual(Array.from({ length: 5 }, () => 'raiseEscalation:fired'));
    const types = await eventTypes(id);
    expect([count(types, 'DeadlineMissed'), count(types, 'EscalationRaised')]).toEqual([5, 10]);
  });

  it('skips quietly when the case moved on after the read model saw it', async () => {
    const id = await newCase(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    clock.set('2026-03-05T09:00:00.000Z');
    // The police answer late, after the due time, before the projector has caught up.
    await issue(id, [historyTo.matching().at(-1) as Command]);
    const run = await monitor();
    expect(run.steps).toEqual([
      expect.objectContaining({ outcome: 'skipped', reason: 'PRECONDITION_FAILED' }),
    ]);
    await readModels.projectUntilCaughtUp();
    expect((await monitor()).steps).toEqual([]);
    expect(count(await eventTypes(id), 'DeadlineMissed')).toBe(0);
  });

  it('moves a deadline due on midsommarafton (19 June 2026) to Monday 22 June', async () => {
    // Submitted Wednesday 17 June at 10:00 Stockholm time; acute: two business days. Thursday 18 June is one,
    // Friday 19 June is midsommarafton and the weekend follows, so the second is Monday 22 June.
    clock.set('2026-06-17T08:00:00.000Z');
    const id = await newCase(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    expect((await openDeadline(id)).dueAt).toBe('2026-06-22T08:00:00.000Z');
    for (const instant of ['2026-06-19T08:00:00.000Z', '2026-06-22T07:59:59.999Z']) {
      clock.set(instant);
      expect((await monitor()).steps).toEqual([]);
    }
    clock.set('2026-06-22T08:00:00.000Z');
    expect(outcomes(await monitor())).toEqual(['markMissed:fired']);
  });

  it('an extended deadline fires at its new due time, not the old one', async () => {
    const id = await newCase(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    const deadline = await openDeadline(id);
    clock.set('2026-03-03T09:00:00.000Z');
    await issue(id, [
      command('ExtendDeadline', actors.coordinator, {
        deadlineId: deadline.deadlineId,
        dueAt: '2026-03-10T09:00:00.000Z',
        reason: 'Polisen behöver mer tid.',
      }),
    ]);
    await readModels.projectUntilCaughtUp();
    expect((await openDeadline(id)).dueAt).toBe('2026-03-10T09:00:00.000Z');
    clock.set('2026-03-05T09:00:00.000Z');
    expect((await monitor()).steps).toEqual([]);
    clock.set('2026-03-10T09:00:00.000Z');
    expect(outcomes(await monitor())).toEqual(['markMissed:fired']);
  });

  it('a suspended case has no running deadline; resumed, it is due after the time that was left', async () => {
    const id = await newCase(historyTo.threatAssessment());
    // Due 4 March 09:00; suspended 3 March 09:00 with 24 hours left.
    clock.set('2026-03-03T09:00:00.000Z');
    await issue(id, [command('SuspendCase', actors.sending, { reason: 'Personen vårdas på sjukhus.' })]);
    await readModels.projectUntilCaughtUp();
    clock.set('2026-03-20T09:00:00.000Z');
    expect((await monitor()).steps).toEqual([]);
    await issue(id, [command('ResumeCase', actors.sending, { reason: 'Personen är utskriven.' })]);
    await readModels.projectUntilCaughtUp();
    expect((await openDeadline(id)).dueAt).toBe('2026-03-21T09:00:00.000Z');
    clock.set('2026-03-21T08:59:59.999Z');
    expect((await monitor()).steps).toEqual([]);
    clock.set('2026-03-21T09:00:00.000Z');
    expect(outcomes(await monitor())).toEqual(['markMissed:fired']);
  });
});

describe('startMonitor', () => {
  it('polls until stopped, and a failing run does not stop it', async () => {
    const id = await newCase(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    clock.set('2026-03-05T09:00:00.000Z');
    let reads = 0;
    const flaky: DueStepSource = {
      async dueSteps(now, limit) {
        reads += 1;
        if (reads === 1) throw new Error('read models unreachable');
        return deadlines.dueSteps(now, limit);
      },
    };
    const runs: MonitorRun[] = [];
    let fired!: () => void;
    const firedOnce = new Promise<void>((resolve) => {
      fired = resolve;
    });
    const running = startMonitor(
      { deadlines: flaky, handler, clock: () => new Date(clock.now()), newId: randomUUID },
      {
        pollMs: 5,
        onRun: (run) => {
          runs.push(run);
          if (run.steps.some((step) => step.outcome === 'fired')) fired();
        },
      },
    );
    await firedOnce;
    await running.stop();
    await running.done;
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(count(await eventTypes(id), 'DeadlineMissed')).toBe(1);
  });
});
