import { describe, expect, it } from 'vitest';
import { eventTypes, evolve, initialState } from '@relocation/domain';
import type { Command, DomainEvent, RelocationState } from '@relocation/domain';
import {
  actors,
  command,
  happyPath,
  historyTo,
  runCommands,
  sampleCommands,
  testContext,
} from '@relocation/domain/testing';
import { audiences } from './audiences.ts';
import { recipientTable } from './recipientTable.ts';
import { recipientsOf } from './recipientsOf.ts';

interface Notified {
  readonly type: string;
  readonly recipients: readonly string[];
}

/** Runs commands and returns, for every event, its type and the organisations it concerns. */
function notificationsFor(commands: readonly Command[], context = testContext()): Notified[] {
  const { events } = runCommands(commands, context);
  return withStates(events).map(({ event, before, after }) => ({
    type: event.type,
    recipients: recipientsOf(event, before, after),
  }));
}

function withStates(events: readonly DomainEvent[]) {
  let state: RelocationState = initialState();
  return events.map((event) => {
    const before = state;
    state = evolve(state, event);
    return { event, before, after: state };
  });
}

const sending = 'municipality:0180';
const declining = 'municipality:0380';
const receiving = 'municipality:2480';
const coordinator = 'coordinator:national';
const policeSending = 'police:stockholm';
const policeReceiving = 'police:nord';

describe('recipientTable', () => {
  it('has exactly one entry per domain event type', () => {
    expect(Object.keys(recipientTable).sort()).toEqual([...eventTypes].sort());
  });

  it('names only known audiences, each at most once per event type', () => {
    for (const list of Object.values(recipientTable)) {
      expect(new Set(list).size).toBe(list.length);
      for (const audience of list) expect(audiences).toContain(audience);
    }
  });
});

describe('recipientsOf', () => {
  it('tells the destination, both police regions and the coordinator of a direct placement', () => {
    const placed = notificationsFor([
      ...historyTo.matching(),
      sampleCommands.placeDirectly(),
      sampleCommands.acknowledgePlacement(),
    ]).slice(-5);
    expect(placed).toEqual([
      { type: 'PlacedDirectly', recipients: [receiving, policeReceiving, policeSending, coordinator] },
      // The destination must acknowledge (its deadline); the police of the sending region must clear it.
      { type: 'DeadlineScheduled', recipients: [receiving] },
      { type: 'DeadlineScheduled', recipients: [policeSending] },
      { type: 'DirectPlacementAcknowledged', recipients: [sending, coordinator] },
      { type: 'DeadlineMet', recipients: [] },
    ]);
  });

  it('tells exactly the right organisations about each event of the happy path with one decline', () => {
    expect(notificationsFor(happyPath())).toEqual([
      { type: 'RelocationInitiated', recipients: [] },
      { type: 'ConsentRecorded', recipients: [] },
      { type: 'RelocationSubmitted', recipients: [policeSending, coordinator] },
      { type: 'DeadlineScheduled', recipients: [policeSending] },
      { type: 'ThreatAssessmentRecorded', recipients: [coordinator, sending] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'ReceivingMunicipalityProposed', recipients: [declining, sending] },
      { type: 'DeadlineScheduled', recipients: [declining] },
      // The decliner is the actor and has left the case.
      { type: 'HandoverDeclined', recipients: [coordinator, sending] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'ReceivingMunicipalityProposed', recipients: [receiving, sending] },
      { type: 'DeadlineScheduled', recipients: [receiving] },
      // The police of both regions must now clear the destination.
      { type: 'HandoverAccepted', recipients: [coordinator, sending, policeReceiving, policeSending] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'DeadlineScheduled', recipients: [policeSending] },
      { type: 'DestinationClearanceGranted', recipients: [coordinator, sending, receiving] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'DeadlineScheduled', recipients: [receiving] },
      { type: 'ArrivalConfirmed', recipients: [sending, coordinator, policeReceiving, policeSending] },
      // Arrival moves no responsibility: the ledger records the vistelsekommun and who pays the placement.
      { type: 'LedgerEntryRecorded', recipients: [] },
      { type: 'LedgerEntryRecorded', recipients: [] },
      { type: 'DeadlineMet', recipients: [] },
      // The follow-ups belong to the municipality responsible for the case, still the sending one.
      { type: 'DeadlineScheduled', recipients: [sending] },
      { type: 'DeadlineScheduled', recipients: [sending] },
      { type: 'DeadlineScheduled', recipients: [sending] },
      // So do the outcomes at 6 and 12 months (issue 15); they outlive the closing below.
      { type: 'DeadlineScheduled', recipients: [sending] },
      { type: 'DeadlineScheduled', recipients: [sending] },
      // The destination's police own the reassessment after arrival (docs/design.md §3.5).
      { type: 'DeadlineScheduled', recipients: [policeReceiving] },
      { type: 'FollowUpRecorded', recipients: [coordinator] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'FollowUpRecorded', recipients: [coordinator] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'FollowUpRecorded', recipients: [coordinator] },
      { type: 'DeadlineMet', recipients: [] },
      { type: 'CaseClosed', recipients: [receiving, policeReceiving, policeSending, coordinator] },
      { type: 'DeadlineCancelled', recipients: [] },
    ]);
  });

  it('never tells an organisation about its own action', () => {
    const { events } = runCommands(happyPath());
    for (const { event, before, after } of withStates(events)) {
      expect(recipientsOf(event, before, after)).not.toContain(event.metadata.actor.organisationId);
    }
  });

  it('never tells an organisation outside the case, nor the auditor', () => {
    const { events } = runCommands(happyPath());
    for (const { event, before, after } of withStates(events)) {
      const recipients = recipientsOf(event, before, after);
      expect(recipients).not.toContain('audit:national');
      expect(recipients).not.toContain('municipality:1280');
      expect(
        recipients.every((id) => /^(municipality:\d{4}|police:[a-z]+|coordinator:national)$/.test(id)),
      ).toBe(true);
    }
  });

  it('does not tell a party the consent does not cover', () => {
    const { events } = runCommands(historyTo.awaitingReceiverDecision());
    const proposal = events.findLast((event) => event.type === 'ReceivingMunicipalityProposed');
    expect(proposal).toBeDefined();
    const index = events.indexOf(proposal!);
    const full = withStates(events)[index]!;
    expect(recipientsOf(full.event, full.before, full.after)).toEqual([receiving, sending]);
    // The same event in a case whose consent covers neither the receiving municipality nor the police.
    const narrow = (state: RelocationState): RelocationState => ({ ...state, consents: ['coordinator'] });
    expect(recipientsOf(full.event, narrow(full.before), narrow(full.after))).toEqual([sending]);
    const accepted = {
      ...full.event,
      type: 'HandoverAccepted',
      metadata: { ...full.event.metadata, actor: actors.receiving },
    } as unknown as DomainEvent;
    expect(recipientsOf(accepted, narrow(full.before), narrow(full.after))).toEqual([coordinator, sending]);
  });

  it('after consent is withdrawn, tells nobody but the sending municipality', () => {
    const withdraw = command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-03' });
    const notified = notificationsFor([...historyTo.awaitingReceiverDecision(), withdraw]);
    expect(notified.find((n) => n.type === 'ConsentWithdrawn')).toEqual({
      type: 'ConsentWithdrawn',
      recipients: [],
    });
    // Deadlines cancelled by the withdrawal concern nobody either.
    const afterWithdrawal = notified.slice(notified.findIndex((n) => n.type === 'ConsentWithdrawn'));
    expect(afterWithdrawal.flatMap((n) => n.recipients)).toEqual([]);
  });

  it('a withdrawal decided by the coordinator is told to the sending municipality only', () => {
    const { events } = runCommands(historyTo.matching());
    const state = events.reduce(evolve, initialState());
    const withdrawn = {
      type: 'ConsentWithdrawn',
      version: 1,
      data: { withdrawnOn: '2026-03-03' },
      metadata: { ...events.at(-1)!.metadata, actor: actors.coordinator },
    } as DomainEvent;
    expect(recipientsOf(withdrawn, state, evolve(state, withdrawn))).toEqual([sending]);
  });

  it('tells the coordinator and the deadline owner about a missed deadline and its escalations', () => {
    const context = testContext();
    const { events, state } = runCommands(historyTo.threatAssessment(), context);
    const deadline = state.deadlines[0];
    expect(deadline?.ownerOrganisationId).toBe(policeSending);
    context.clock.set(deadline!.dueAt);
    const missed = runCommands(
      [command('MarkDeadlineMissed', actors.monitor, { deadlineId: deadline!.deadlineId })],
      context,
      { state, events },
    );
    context.clock.set(deadline!.escalateAt);
    const escalated = runCommands(
      [command('RaiseEscalation', actors.monitor, { deadlineId: deadline!.deadlineId })],
      context,
      missed,
    );
    const notified = withStates(escalated.events)
      .slice(events.length)
      .map(({ event, before, after }) => ({
        type: event.type,
        recipients: recipientsOf(event, before, after),
      }));
    expect(notified.map((n) => n.type)).toContain('DeadlineMissed');
    for (const n of notified) {
      if (n.type === 'DeadlineMissed' || n.type === 'EscalationRaised') {
        expect(n.recipients).toEqual([coordinator, policeSending]);
      }
    }
    expect(notified.some((n) => n.type === 'EscalationRaised')).toBe(true);
  });

  it('does not tell a municipality that declined about later events', () => {
    const notified = notificationsFor(happyPath());
    const afterDecline = notified.slice(notified.findIndex((n) => n.type === 'HandoverDeclined'));
    expect(afterDecline.flatMap((n) => n.recipients)).not.toContain(declining);
  });

  it('keeps handler changes inside the organisation and asks nobody to act on an erasure', () => {
    const notified = notificationsFor([
      ...historyTo.awaitingArrival(),
      command('AssignHandler', actors.sendingSupervisor, { userId: 'user-sending-colleague' }),
      command('UnassignHandler', actors.sendingSupervisor, { userId: 'user-sending-colleague' }),
      command('EraseCase', actors.operator, { reason: 'operatorRequest' }),
    ]);
    expect(notified.slice(-3)).toEqual([
      { type: 'HandlerAssigned', recipients: [] },
      { type: 'HandlerUnassigned', recipients: [] },
      { type: 'CaseErased', recipients: [] },
    ]);
  });
});
