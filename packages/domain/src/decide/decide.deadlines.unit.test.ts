import { describe, expect, it } from 'vitest';
import { resolveDeadlinePolicy } from '../deadlines/policy.ts';
import { actors, command, given, historyTo, sampleCommands, testContext } from '../testing/index.ts';

const day = 86_400_000;
const missed = (deadlineId: string) => command('MarkDeadlineMissed', actors.monitor, { deadlineId });
const escalate = (deadlineId: string) => command('RaiseEscalation', actors.monitor, { deadlineId });
const extend = (deadlineId: string, dueAt: string) =>
  command('ExtendDeadline', actors.coordinator, {
    deadlineId,
    dueAt,
    reason: 'Kommunen har begärt mer tid.',
  });

function receiverDeadline(history = historyTo.awaitingReceiverDecision()) {
  const context = testContext();
  const spec = given(history, context);
  const deadline = spec.state.deadlines[0];
  if (deadline === undefined) throw new Error('no deadline');
  return { context, spec, deadline };
}

/** The history plus the monitor's MarkDeadlineMissed at the due time (and RaiseEscalation when asked). */
function afterMissed(history = historyTo.awaitingReceiverDecision(), alsoEscalated = false) {
  const { context, spec, deadline } = receiverDeadline(history);
  context.clock.set(alsoEscalated ? deadline.escalateAt : deadline.dueAt);
  const events = [
    ...spec.events,
    ...spec.when(missed(deadline.deadlineId)).then(['DeadlineMissed', 'EscalationRaised']),
  ];
  if (alsoEscalated) {
    const next = given(events, context).when(escalate(deadline.deadlineId)).then(['EscalationRaised']);
    events.push(...next);
  }
  return { context, deadline, spec: given(events, context) };
}

describe('deadline policy', () => {
  it('uses the planned defaults: 10 business days for the assessment', () => {
    const initiate = sampleCommands.initiate();
    const planned = { ...initiate, payload: { ...initiate.payload, urgency: 'planned' as const } };
    given([planned, sampleCommands.consentAll()])
      .when(sampleCommands.submit())
      // 2 March 2026 + 10 business days = 16 March.
      .then([
        'RelocationSubmitted',
        { type: 'DeadlineScheduled', data: { dueAt: '2026-03-16T09:00:00.000Z' } },
      ]);
  });
  it('can be overridden per kind and urgency with an ISO duration', () => {
    const custom = resolveDeadlinePolicy({
      durations: {
        threatAssessment: {
          acute: { kind: 'iso', duration: 'PT30S' },
          planned: { kind: 'businessDays', days: 3 },
        },
      },
    });
    given(historyTo.consented(), testContext({ deadlinePolicy: custom }))
      .when(sampleCommands.submit())
      .then([
        'RelocationSubmitted',
        { type: 'DeadlineScheduled', data: { dueAt: '2026-03-02T09:00:30.000Z' } },
      ]);
  });
  it('moves a deadline that falls on a public holiday to the next business day', () => {
    // Submitted on Wednesday 1 April 2026: 2 business days skip Good Friday (3 April) and the weekend.
    const context = testContext();
    context.clock.set('2026-04-01T09:00:00.000Z');
    given(historyTo.consented(), context)
      .when(sampleCommands.submit())
      .then([
        'RelocationSubmitted',
        { type: 'DeadlineScheduled', data: { dueAt: '2026-04-07T09:00:00.000Z' } },
      ]);
  });
});

describe('MarkDeadlineMissed', () => {
  it('at the due time marks the case stalled and alerts the coordinator and the owner (level 1)', () => {
    const { context, spec, deadline } = receiverDeadline();
    context.clock.set(deadline.dueAt);
    spec.when(missed(deadline.deadlineId)).then([
      { type: 'DeadlineMissed', data: { kind: 'receiverDecision', dueAt: deadline.dueAt } },
      {
        type: 'EscalationRaised',
        data: { level: 1, notify: ['coordinator:national', 'municipality:2480'], suggestion: null },
      },
    ]);
  });
  it('is refused before the due time', () => {
    const { spec, deadline } = receiverDeadline();
    spec.when(missed(deadline.deadlineId)).thenRejects('DEADLINE_NOT_DUE');
  });
  it('changes nothing when fired twice', () => {
    const { spec, deadline } = afterMissed();
    spec.when(missed(deadline.deadlineId)).thenRejects('DEADLINE_ALREADY_MISSED');
  });
  it('is refused for a deadline already met', () => {
    const { context, deadline } = receiverDeadline(historyTo.destinationClearance());
    context.clock.set('2026-06-01T09:00:00.000Z');
    const met = given(historyTo.destinationClearance()).events.find((e) => e.type === 'DeadlineMet');
    const metId = met?.type === 'DeadlineMet' ? met.data.deadlineId : '';
    expect(metId).not.toBe(deadline.deadlineId);
    given(historyTo.destinationClearance(), context).when(missed(metId)).thenRejects('DEADLINE_NOT_FOUND');
  });
  it('is only for the system', () => {
    const { spec, deadline } = receiverDeadline();
    spec
      .when({ ...missed(deadline.deadlineId), actor: actors.coordinator })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('finds no deadline in a state without one (matching takes deadline commands for the transfer’s deadlines)', () => {
    given(historyTo.matching())
      .when(missed('00000000-0000-4000-8000-000000000004'))
      .thenRejects('DEADLINE_NOT_FOUND');
    given(historyTo.consented())
      .when(missed('00000000-0000-4000-8000-000000000004'))
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
});

describe('RaiseEscalation', () => {
  it('five business days after the due time suggests another municipality for an unanswered receiver', () => {
    const { context, spec, deadline } = afterMissed();
    // Due Wednesday 4 March; five business days later is Wednesday 11 March.
    expect(deadline.escalateAt).toBe('2026-03-11T09:00:00.000Z');
    spec.when(escalate(deadline.deadlineId)).thenRejects('ESCALATION_NOT_DUE');
    context.clock.set(deadline.escalateAt);
    spec
      .when(escalate(deadline.deadlineId))
      .then([{ type: 'EscalationRaised', data: { level: 2, suggestion: 'proposeAnotherMunicipality' } }]);
  });
  it('is refused for a deadline not yet missed', () => {
    const { spec, deadline } = receiverDeadline();
    spec.when(escalate(deadline.deadlineId)).thenRejects('DEADLINE_NOT_MISSED');
  });
  it('is refused when already at level 2', () => {
    const { spec, deadline } = afterMissed(historyTo.awaitingReceiverDecision(), true);
    spec.when(escalate(deadline.deadlineId)).thenRejects('ALREADY_ESCALATED');
  });
  it('suggests nothing for other kinds', () => {
    const { context, spec, deadline } = afterMissed(historyTo.threatAssessment());
    context.clock.set(deadline.escalateAt);
    spec
      .when(escalate(deadline.deadlineId))
      .then([{ type: 'EscalationRaised', data: { level: 2, suggestion: null, kind: 'threatAssessment' } }]);
  });
});

describe('ExtendDeadline', () => {
  it('moves the due time and the escalation time, and lifts a missed mark', () => {
    const { context, spec, deadline } = afterMissed();
    const later = new Date(Date.parse(deadline.dueAt) + 7 * day).toISOString();
    const events = spec.when(extend(deadline.deadlineId, later)).then(['DeadlineExtended']);
    const extended = given([...spec.events, ...events], context).state.deadlines[0];
    expect(extended).toMatchObject({ dueAt: later, missed: false, escalationLevel: 0 });
    expect(extended?.escalateAt).toBe('2026-03-18T09:00:00.000Z');
  });
  it('rejects a due time that is not later', () => {
    const { spec, deadline } = receiverDeadline();
    spec.when(extend(deadline.deadlineId, deadline.dueAt)).thenRejects('INVALID_DEADLINE');
  });
  it('rejects an unknown deadline', () => {
    const { spec } = receiverDeadline();
    spec
      .when(extend('00000000-0000-4000-8000-0000000000ff', '2026-05-01T09:00:00.000Z'))
      .thenRejects('DEADLINE_NOT_FOUND');
  });
  it('is only for the coordinator', () => {
    const { spec, deadline } = receiverDeadline();
    spec
      .when({ ...extend(deadline.deadlineId, '2026-05-01T09:00:00.000Z'), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('finds no deadline to extend in matching, and is not possible in draft', () => {
    given(historyTo.matching())
      .when(extend('00000000-0000-4000-8000-000000000004', '2026-05-01T09:00:00.000Z'))
      .thenRejects('DEADLINE_NOT_FOUND');
    given(historyTo.consented())
      .when(extend('00000000-0000-4000-8000-000000000004', '2026-05-01T09:00:00.000Z'))
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
});
