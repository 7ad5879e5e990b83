/**
 * Outcomes 6 and 12 months after arrival (issue 15): RecordOutcome, its refusals, and its deadlines, which run
 * beside the workflow: through a suspension, with responsibility, and past the closing of the case.
 */
import { describe, expect, it } from 'vitest';
import { availableCommands } from '../access/availableCommands.ts';
import { resolveDeadlinePolicy } from '../deadlines/policy.ts';
import type { Actor } from '../schemas/actor.ts';
import { fakeUnseal } from '../testing/fakeSealer.ts';
import { actors, command, given, historyTo, sampleCommands, testContext } from '../testing/index.ts';

type Month = 6 | 12;
const outcome = (month: Month, actor: Actor = actors.sending, extra: Record<string, unknown> = {}) =>
  command('RecordOutcome', actor, { month, outcome: 'stillLivingThere', ...extra });
const closed = () => [...historyTo.followUp(), sampleCommands.close()];
const missed = (deadlineId: string) => command('MarkDeadlineMissed', actors.monitor, { deadlineId });
const escalate = (deadlineId: string) => command('RaiseEscalation', actors.monitor, { deadlineId });
const kinds = (deadlines: readonly { kind: string }[]) => deadlines.map((d) => d.kind);

describe('RecordOutcome', () => {
  it('records the 6-month outcome with sealed notes and meets its deadline', () => {
    const spec = given(historyTo.followUp());
    const events = spec
      .when(outcome(6, actors.sending, { outcome: 'movedOnByChoice', notes: 'Flyttade till sin syster.' }))
      .then([{ type: 'OutcomeRecorded', data: { month: 6, outcome: 'movedOnByChoice' } }, 'DeadlineMet']);
    const recorded = events[0];
    if (recorded?.type !== 'OutcomeRecorded' || recorded.data.notes === null)
      throw new Error('expected notes');
    expect(fakeUnseal(recorded.data.notes)).toBe('Flyttade till sin syster.');
    expect(JSON.stringify(recorded.data)).not.toContain('syster');
    const met = events[1];
    const outcome6 = spec.state.deadlines.find((d) => d.kind === 'outcome6');
    expect(met?.data).toEqual({ deadlineId: outcome6?.deadlineId });
    const after = given([...historyTo.followUp(), outcome(6)]).state;
    expect(after.outcomesRecorded).toEqual([6]);
    expect(kinds(after.deadlines)).not.toContain('outcome6');
    expect(kinds(after.deadlines)).toContain('outcome12');
  });

  it('records the 12-month outcome on a closed case, where the case stays closed', () => {
    const history = [...closed(), outcome(6)];
    expect(given(history).state.status).toBe('closed');
    given(history)
      .when(outcome(12, actors.sending, { outcome: 'relocatedAfterLeak' }))
      .then([
        { type: 'OutcomeRecorded', data: { month: 12, outcome: 'relocatedAfterLeak', notes: null } },
        'DeadlineMet',
      ]);
    const after = given([...history, outcome(12)]).state;
    expect(after.status).toBe('closed');
    expect(after.outcomesRecorded).toEqual([6, 12]);
    expect(after.deadlines).toEqual([]);
  });

  it('takes every outcome category', () => {
    for (const category of [
      'stillLivingThere',
      'movedOnByChoice',
      'relocatedAfterLeak',
      'returned',
      'lostContact',
      'deceased',
      'unknown',
    ]) {
      given(historyTo.followUp())
        .when(outcome(6, actors.sending, { outcome: category }))
        .then(['OutcomeRecorded', 'DeadlineMet']);
    }
  });

  it('may be recorded by the municipality the person moved to, as well as the responsible one', () => {
    given(historyTo.followUp()).when(outcome(6, actors.receiving)).then(['OutcomeRecorded', 'DeadlineMet']);
  });

  it('refuses a month already recorded', () => {
    given([...historyTo.followUp(), outcome(6)])
      .when(outcome(6))
      .thenRejects('OUTCOME_ALREADY_RECORDED');
    given([...closed(), outcome(12)])
      .when(outcome(12))
      .thenRejects('OUTCOME_ALREADY_RECORDED');
  });

  it('refuses an outcome before arrival, also on a suspended case that has not arrived', () => {
    given(historyTo.awaitingArrival()).when(outcome(6)).thenRejects('NOT_ALLOWED_IN_STATE');
    given([...historyTo.matching(), command('SuspendCase', actors.sending, { reason: 'Paus.' })])
      .when(outcome(6))
      .thenRejects('NOT_ARRIVED');
  });

  it('refuses it after an abort or a withdrawal of consent, and after erasure', () => {
    given([...historyTo.followUp(), command('AbortRelocation', actors.sending, { reason: 'Avbryts.' })])
      .when(outcome(6))
      .thenRejects('NOT_ALLOWED_IN_STATE');
    given([
      ...historyTo.followUp(),
      command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-04-01' }),
    ])
      .when(outcome(6))
      .thenRejects('NOT_ALLOWED_IN_STATE');
    given([...closed(), sampleCommands.erase()])
      .when(outcome(12))
      .thenRejects('CASE_ERASED');
  });

  it('refuses the police, the coordinator, an unassigned caseworker and outsiders', () => {
    given(historyTo.followUp()).when(outcome(6, actors.police)).thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp()).when(outcome(6, actors.coordinator)).thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp()).when(outcome(6, actors.sendingColleague)).thenRejects('NOT_A_PARTICIPANT');
    given(historyTo.followUp()).when(outcome(6, actors.outsider)).thenRejects('NOT_A_PARTICIPANT');
  });

  it('refuses a month other than 6 or 12, an unknown category and unknown fields', () => {
    for (const payload of [
      { month: 3, outcome: 'stillLivingThere' },
      { month: 6, outcome: 'settled' },
      { month: 6, outcome: 'unknown', reason: 'x' },
    ]) {
      given(historyTo.followUp())
        .when({ ...outcome(6), payload } as ReturnType<typeof outcome>)
        .thenRejects('INVALID_COMMAND');
    }
  });

  it('is offered on a closed case to its municipality, and nothing else is', () => {
    const state = given(closed()).state;
    const user = { ...actors.sending, roles: [actors.sending.role] };
    expect(availableCommands(state, user)).toEqual(['RecordOutcome']);
    const done = given([...closed(), outcome(6), outcome(12)]).state;
    expect(availableCommands(done, user)).not.toContain('RecordOutcome');
  });
});

describe('outcome deadlines', () => {
  it('fall 6 and 12 months after arrival (an injected policy shortens them)', () => {
    const policy = resolveDeadlinePolicy({
      durations: {
        outcome6: { acute: { kind: 'iso', duration: 'PT60S' }, planned: { kind: 'iso', duration: 'PT60S' } },
        outcome12: {
          acute: { kind: 'iso', duration: 'PT120S' },
          planned: { kind: 'iso', duration: 'PT120S' },
        },
      },
    });
    const context = testContext({ deadlinePolicy: policy });
    const history = historyTo.awaitingArrival();
    const spec = given(history, context);
    context.clock.set('2026-03-16T10:00:00.000Z');
    const events = spec.when(sampleCommands.arrive()).decision;
    if (!events.ok) throw new Error(events.error.code);
    const due = Object.fromEntries(
      events.events.flatMap((e) => (e.type === 'DeadlineScheduled' ? [[e.data.kind, e.data.dueAt]] : [])),
    );
    expect(due.outcome6).toBe('2026-03-16T10:01:00.000Z');
    expect(due.outcome12).toBe('2026-03-16T10:02:00.000Z');
  });

  it('run on through a suspension (they count from arrival), unlike the follow-ups', () => {
    const state = given([
      ...historyTo.followUp(),
      command('SuspendCase', actors.sending, { reason: 'Paus.' }),
    ]).state;
    expect(kinds(state.deadlines)).toEqual(['outcome6', 'outcome12']);
    expect(kinds(state.pausedDeadlines)).not.toContain('outcome6');
  });

  it('outlive the closing; an abort or a withdrawal ends them', () => {
    expect(kinds(given(closed()).state.deadlines)).toEqual(['outcome6', 'outcome12']);
    const aborted = given([
      ...historyTo.followUp(),
      command('AbortRelocation', actors.sending, { reason: 'Avbryts.' }),
    ]);
    expect(aborted.state.deadlines).toEqual([]);
    expect(aborted.events.filter((e) => e.type === 'DeadlineCancelled').at(-1)?.data).toMatchObject({
      reason: 'caseEnded',
    });
  });

  it('a missing 12-month outcome makes a closed case stalled: the monitor marks it missed and escalates', () => {
    const context = testContext();
    const spec = given([...closed(), outcome(6)], context);
    const deadline = spec.state.deadlines.find((d) => d.kind === 'outcome12');
    if (deadline === undefined) throw new Error('no outcome12 deadline');
    expect(deadline.ownerOrganisationId).toBe('municipality:0180');
    // Not yet due: the monitor's command is refused.
    spec.when(missed(deadline.deadlineId)).thenRejects('DEADLINE_NOT_DUE');
    context.clock.set(deadline.dueAt);
    const first = spec.when(missed(deadline.deadlineId)).then([
      { type: 'DeadlineMissed', data: { kind: 'outcome12' } },
      { type: 'EscalationRaised', data: { level: 1 } },
    ]);
    const afterMiss = given([...spec.events, ...first], context);
    expect(afterMiss.state.status).toBe('closed');
    expect(afterMiss.state.deadlines[0]?.missed).toBe(true);
    context.clock.set(deadline.escalateAt);
    afterMiss.when(escalate(deadline.deadlineId)).then([{ type: 'EscalationRaised', data: { level: 2 } }]);
    // Recording it late meets it.
    afterMiss.when(outcome(12)).then(['OutcomeRecorded', 'DeadlineMet']);
  });

  it('move with responsibility to the municipality that took over the case', () => {
    const state = given([
      ...historyTo.followUp(),
      command('RecordPersonSettled', actors.receiving, { municipalityCode: '2480', settledOn: '2026-03-02' }),
    ]).state;
    for (const kind of ['outcome6', 'outcome12']) {
      expect(state.deadlines.find((d) => d.kind === kind)?.ownerOrganisationId).toBe('municipality:2480');
    }
  });
});
