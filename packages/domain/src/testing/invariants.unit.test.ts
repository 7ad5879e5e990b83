import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events/event.ts';
import { evolve } from '../evolve.ts';
import { actors, given, historyTo, sampleCommands } from './index.ts';
import { brokenInvariants } from './invariants.ts';

const metadata = (actor: DomainEvent['metadata']['actor']): DomainEvent['metadata'] => ({
  eventId: '99999999-9999-4999-8999-999999999999',
  occurredAt: '2026-03-03T09:00:00.000Z',
  actor,
  correlationId: '99999999-9999-4999-8999-999999999998',
  causationId: '99999999-9999-4999-8999-999999999997',
});

function check(history: ReturnType<typeof given>, event: DomainEvent): string[] {
  return brokenInvariants(history.state, event, evolve(history.state, event));
}

describe('the invariant checker used by the model and property tests', () => {
  it('accepts the happy path', () => {
    const spec = given(historyTo.matching());
    const [proposed] = spec
      .when(sampleCommands.proposeReceiving())
      .then(['ReceivingMunicipalityProposed', 'DeadlineScheduled']);
    expect(check(spec, proposed!)).toEqual([]);
  });
  it('catches a proposal of an excluded, declined or sending municipality', () => {
    const spec = given(historyTo.matching());
    const propose = (code: string): DomainEvent => ({
      type: 'ReceivingMunicipalityProposed',
      version: 1,
      data: { municipalityCode: code },
      metadata: metadata(actors.coordinator),
    });
    expect(check(spec, propose('1280'))).toContain('proposed excluded 1280');
    expect(check(spec, propose('0180'))).toContain('proposed the sending municipality');
    const afterDecline = given([
      ...historyTo.matching(),
      sampleCommands.proposeDeclining(),
      sampleCommands.decline(),
    ]);
    expect(check(afterDecline, propose('0380'))).toContain('proposed declined 0380');
  });
  it('catches an arrival without clearance', () => {
    const spec = given(historyTo.destinationClearance());
    const arrival: DomainEvent = {
      type: 'ArrivalConfirmed',
      version: 1,
      data: { municipalityCode: '2480', arrivedOn: '2026-03-16' },
      metadata: metadata(actors.receiving),
    };
    expect(check(spec, arrival)).toContain('arrival without clearance');
  });
  it('catches a decision by a party the consent does not cover', () => {
    const spec = given(historyTo.draft());
    const submitted: DomainEvent = {
      type: 'RelocationSubmitted',
      version: 1,
      data: {},
      metadata: metadata(actors.police),
    };
    expect(check(spec, submitted)).toEqual([
      'submitted without consent to share with the police and the coordinator',
      'RelocationSubmitted by police:stockholm, which the case is not shared with',
    ]);
  });
});
