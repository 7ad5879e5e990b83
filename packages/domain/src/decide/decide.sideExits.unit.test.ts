import { describe, expect, it } from 'vitest';
import type { Actor } from '../schemas/actor.ts';
import { actors, command, given, historyTo, sampleCommands, testContext } from '../testing/index.ts';

const suspend = (actor: Actor = actors.sending) =>
  command('SuspendCase', actor, { reason: 'Personen vårdas på sjukhus.' });
const resume = (actor: Actor = actors.sending) =>
  command('ResumeCase', actor, { reason: 'Personen är utskriven.' });
const abort = (actor: Actor = actors.sending) =>
  command('AbortRelocation', actor, { reason: 'Personen flyttar inte.' });
const hour = 3_600_000;

describe('SuspendCase', () => {
  it('pauses the open deadline, keeping the time that was left', () => {
    const context = testContext();
    const spec = given(historyTo.awaitingReceiverDecision(), context);
    context.clock.advance(5 * hour);
    const [suspended] = spec.when(suspend()).then([
      { type: 'CaseSuspended', data: { suspendedFrom: 'awaitingReceiverDecision' } },
      { type: 'DeadlineCancelled', data: { reason: 'suspended' } },
    ]);
    // Due 4 March 09:00, suspended 2 March 14:00: 43 hours left.
    expect(suspended?.data).toMatchObject({ paused: [{ kind: 'receiverDecision', remainingMs: 43 * hour }] });
  });
  it('may be done by the coordinator', () => {
    given(historyTo.matching()).when(suspend(actors.coordinator)).then(['CaseSuspended']);
  });
  it('after arrival, only the responsible municipality (still the sending one) may suspend', () => {
    given(historyTo.followUp()).when(suspend(actors.receiving)).thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp())
      .when(suspend(actors.sending))
      .then([
        'CaseSuspended',
        'DeadlineCancelled',
        'DeadlineCancelled',
        'DeadlineCancelled',
        'DeadlineCancelled',
      ]);
  });
  it('is refused to the police', () => {
    given(historyTo.matching()).when(suspend(actors.police)).thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is not possible in draft or twice', () => {
    given(historyTo.consented()).when(suspend()).thenRejects('NOT_ALLOWED_IN_STATE');
    given([...historyTo.matching(), suspend()])
      .when(suspend())
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('stops the workflow: nothing but resume, abort, withdrawal or consent', () => {
    given([...historyTo.matching(), suspend()])
      .when(sampleCommands.proposeReceiving())
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
});

describe('ResumeCase', () => {
  it('returns to the state it left and reschedules the deadline with the time that was left', () => {
    const context = testContext();
    const spec = given([...historyTo.awaitingReceiverDecision(), suspend()], context);
    context.clock.advance(10 * 24 * hour);
    spec.when(resume()).then([
      { type: 'CaseResumed', data: { resumedTo: 'awaitingReceiverDecision' } },
      // 48 hours were left on 2 March 09:00; resumed 12 March 09:00.
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'receiverDecision',
          ownerOrganisationId: 'municipality:2480',
          dueAt: '2026-03-14T09:00:00.000Z',
        },
      },
    ]);
  });
  it('returns to follow-up with its three follow-up deadlines (the outcomes ran on through the suspension)', () => {
    const spec = given([...historyTo.followUp(), suspend(actors.sending), resume(actors.sending)]);
    expect(spec.state.status).toBe('followUp');
    expect(spec.state.deadlines.map((d) => d.kind)).toEqual([
      'outcome6',
      'outcome12',
      'followUp1',
      'followUp3',
      'followUp6',
      'threatReassessment',
    ]);
  });
  it('is not possible unless suspended', () => {
    given(historyTo.matching()).when(resume()).thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to the police', () => {
    given([...historyTo.matching(), suspend()])
      .when(resume(actors.police))
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('AbortRelocation', () => {
  it('ends the case and cancels its deadlines', () => {
    given(historyTo.destinationClearance())
      .when(abort())
      .then(['RelocationAborted', { type: 'DeadlineCancelled', data: { reason: 'caseEnded' } }]);
  });
  it('is possible while suspended and from draft', () => {
    given([...historyTo.matching(), suspend()])
      .when(abort())
      .then(['RelocationAborted']);
    given(historyTo.draft()).when(abort()).then(['RelocationAborted']);
  });
  it('may be done by the coordinator', () => {
    given(historyTo.matching()).when(abort(actors.coordinator)).then(['RelocationAborted']);
  });
  it('is not possible once closed', () => {
    given([...historyTo.followUp(), sampleCommands.close()])
      .when(abort(actors.sending))
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to a receiving municipality before arrival (not responsible)', () => {
    given(historyTo.destinationClearance()).when(abort(actors.receiving)).thenRejects('FORBIDDEN_FOR_ROLE');
  });
});
