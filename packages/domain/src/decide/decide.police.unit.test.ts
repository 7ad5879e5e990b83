import { describe, expect, it } from 'vitest';
import type { Actor } from '../schemas/actor.ts';
import { parseStoredEvent } from '../events/upcasters.ts';
import { actors, command, given, historyTo, sampleCommands, testContext } from '../testing/index.ts';

const escalate = (zones: { kind: 'municipality' | 'county'; code: string }[], actor: Actor = actors.police) =>
  command('EscalateThreat', actor, { reason: 'Ny information om hotbilden.', exclusionZones: zones });
const nearby = [{ kind: 'municipality' as const, code: '0380' }];
const västerbotten = [{ kind: 'county' as const, code: '24' }];

describe('RecordThreatAssessment', () => {
  it('moves the case to matching, adds the exclusion zones and meets the deadline', () => {
    const spec = given(historyTo.threatAssessment());
    const [, met] = spec
      .when(sampleCommands.assess())
      .then([{ type: 'ThreatAssessmentRecorded', data: { level: 'high' } }, 'DeadlineMet']);
    expect(met?.data).toEqual({ deadlineId: spec.state.deadlines[0]?.deadlineId });
  });
  it('keeps the recommendation and the police case reference sealed', () => {
    const [event] = given(historyTo.threatAssessment())
      .when(sampleCommands.assess())
      .then(['ThreatAssessmentRecorded', 'DeadlineMet']);
    expect(JSON.stringify(event)).not.toContain('PM-2026-0042');
  });
  it('is refused to a caseworker', () => {
    given(historyTo.threatAssessment())
      .when({ ...sampleCommands.assess(), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is refused to a police region the case does not concern', () => {
    const syd = { userId: 'p-syd', organisationId: 'police:syd', role: 'police' } as const;
    given(historyTo.threatAssessment())
      .when({ ...sampleCommands.assess(), actor: syd })
      .thenRejects('NOT_A_PARTICIPANT');
  });
  it('is not possible in matching', () => {
    given(historyTo.matching()).when(sampleCommands.assess()).thenRejects('NOT_ALLOWED_IN_STATE');
  });
});

describe('EscalateThreat', () => {
  it('during the assessment keeps the case and its deadline, adding the zones', () => {
    const spec = given(historyTo.threatAssessment());
    spec.when(escalate(nearby)).then([{ type: 'ThreatEscalated', data: { effect: 'reassessment' } }]);
  });
  it('in matching returns the case to the police for a new assessment', () => {
    given(historyTo.matching())
      .when(escalate(nearby))
      .then([
        { type: 'ThreatEscalated', data: { effect: 'reassessment' } },
        { type: 'DeadlineScheduled', data: { kind: 'threatAssessment' } },
      ]);
  });
  it('while a receiver decides, withdraws the proposal and returns to the assessment', () => {
    const spec = given([...historyTo.awaitingReceiverDecision(), escalate(nearby)]);
    expect(spec.state).toMatchObject({ status: 'threatAssessment', proposedMunicipality: null });
    expect(spec.state.deadlines.map((d) => d.kind)).toEqual(['threatAssessment']);
  });
  it('after acceptance, outside the new zones: the acceptance stands and clearance is needed again', () => {
    const spec = given([...historyTo.awaitingArrival(), escalate(nearby)]);
    expect(spec.state).toMatchObject({
      status: 'destinationClearance',
      acceptedMunicipality: '2480',
      cleared: false,
    });
    expect(spec.state.deadlines.map((d) => d.kind)).toEqual(['destinationClearance']);
    spec.when(sampleCommands.arrive()).thenRejects('CLEARANCE_MISSING');
  });
  it('during clearance, outside the new zones: stays in clearance and keeps its deadline', () => {
    given(historyTo.destinationClearance())
      .when(escalate(nearby))
      .then([{ type: 'ThreatEscalated', data: { effect: 'clearanceRequired' } }]);
  });
  it('after acceptance, inside the new zones: the acceptance lapses and the municipality is excluded', () => {
    const spec = given([...historyTo.awaitingArrival(), escalate(västerbotten)]);
    expect(spec.state).toMatchObject({ status: 'matching', acceptedMunicipality: null, cleared: false });
    expect(spec.state.deadlines).toEqual([]);
    spec.when(sampleCommands.proposeReceiving()).thenRejects('MUNICIPALITY_EXCLUDED');
  });
  it('may come from the police region of the accepted municipality', () => {
    given(historyTo.destinationClearance())
      .when(escalate(nearby, actors.receivingPolice))
      .then(['ThreatEscalated']);
  });
  it('is not possible in draft, after arrival, or while suspended', () => {
    given(historyTo.consented()).when(escalate(nearby)).thenRejects('NOT_ALLOWED_IN_STATE');
    given(historyTo.followUp()).when(escalate(nearby)).thenRejects('NOT_ALLOWED_IN_STATE');
    const suspend = command('SuspendCase', actors.sending, { reason: 'Personen är inlagd på sjukhus.' });
    given([...historyTo.matching(), suspend])
      .when(escalate(nearby))
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to the coordinator', () => {
    given(historyTo.matching()).when(escalate(nearby, actors.coordinator)).thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('GrantDestinationClearance', () => {
  it('clears the destination and opens the arrival deadline: planned move date + 5 business days', () => {
    given(historyTo.destinationClearance())
      .when(sampleCommands.clear())
      .then([
        { type: 'DestinationClearanceGranted', data: { municipalityCode: '2480' } },
        'DeadlineMet',
        // 16 March 2026 is a Monday: five business days later is Monday 23 March, end of day in Stockholm.
        { type: 'DeadlineScheduled', data: { kind: 'arrival', dueAt: '2026-03-23T22:59:59.000Z' } },
      ]);
  });
  it('is not possible before an acceptance', () => {
    given(historyTo.awaitingReceiverDecision())
      .when(sampleCommands.clear())
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to the receiving municipality', () => {
    given(historyTo.destinationClearance())
      .when({ ...sampleCommands.clear(), actor: actors.receiving })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('RefuseDestinationClearance', () => {
  const refuse = () =>
    command('RefuseDestinationClearance', actors.police, { reason: 'Känd koppling till orten.' });
  it('sends the case back to matching and records the municipality as refused', () => {
    const spec = given([...historyTo.destinationClearance(), refuse()]);
    expect(spec.state).toMatchObject({ status: 'matching', acceptedMunicipality: null, refused: ['2480'] });
    spec.when(sampleCommands.proposeReceiving()).thenRejects('ALREADY_REFUSED');
  });
  it('meets the clearance deadline', () => {
    given(historyTo.destinationClearance())
      .when(refuse())
      .then(['DestinationClearanceRefused', 'DeadlineMet']);
  });
  it('is not possible after clearance was granted', () => {
    given(historyTo.awaitingArrival()).when(refuse()).thenRejects('NOT_ALLOWED_IN_STATE');
  });
});

describe('police tracks and the police of the destination (docs/design.md §3.5)', () => {
  const reassess = (actor: Actor, validUntil = '2027-03-01') =>
    command('ReassessThreat', actor, {
      level: 'elevated',
      validUntil,
      recommendation: 'Hotbilden har minskat efter flytten.',
      policeCaseReference: 'PM-2026-0099',
    });

  it('records the track with the assessment: defector unless person-security work is named', () => {
    given(historyTo.threatAssessment())
      .when(sampleCommands.assess())
      .then([{ type: 'ThreatAssessmentRecorded', data: { track: 'defector' } }, 'DeadlineMet']);
    const personSecurity = command('RecordThreatAssessment', actors.police, {
      ...sampleCommands.assess().payload,
      track: 'personSecurity',
    });
    const state = given([...historyTo.threatAssessment(), personSecurity]).state;
    expect(state.policeTrack).toBe('personSecurity');
  });

  it('reads a version 1 assessment as a defector case', () => {
    const assessed = given(historyTo.matching()).events.find((e) => e.type === 'ThreatAssessmentRecorded')!;
    const { track: _track, ...v1Data } = assessed.data as Record<string, unknown>;
    const upcast = parseStoredEvent({
      type: 'ThreatAssessmentRecorded',
      version: 1,
      data: v1Data,
      metadata: assessed.metadata,
    });
    expect(upcast.success && upcast.data.version).toBe(2);
    expect(upcast.success && upcast.data.data).toMatchObject({ track: 'defector' });
  });

  it('lets the destination’s police region clear the destination once accepted', () => {
    given(historyTo.destinationClearance())
      .when(command('GrantDestinationClearance', actors.receivingPolice, { reason: 'Ok.' }))
      .then(['DestinationClearanceGranted', 'DeadlineMet', 'DeadlineScheduled']);
  });

  it('after arrival, the destination’s police reassess; the new valid-until is the next reassessment date', () => {
    const spec = given(historyTo.followUp());
    expect(spec.state.deadlines.find((d) => d.kind === 'threatReassessment')).toMatchObject({
      ownerOrganisationId: 'police:nord',
      dueAt: '2026-09-01T21:59:59.000Z',
    });
    spec.when(reassess(actors.receivingPolice)).then([
      { type: 'ThreatReassessed', data: { level: 'elevated', validUntil: '2027-03-01', track: 'defector' } },
      'DeadlineMet',
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'threatReassessment',
          ownerOrganisationId: 'police:nord',
          dueAt: '2027-03-01T22:59:59.000Z',
        },
      },
    ]);
    const state = given([...historyTo.followUp(), reassess(actors.receivingPolice)]).state;
    expect(state).toMatchObject({ threatLevel: 'elevated', threatValidUntil: '2027-03-01' });
  });

  it('refuses reassessment by the sending region’s police after arrival, and before arrival', () => {
    given(historyTo.followUp()).when(reassess(actors.police)).thenRejects('NOT_DESTINATION_POLICE');
    given(historyTo.awaitingArrival())
      .when(reassess(actors.receivingPolice))
      .thenRejects('NOT_ALLOWED_IN_STATE');
    given(historyTo.followUp()).when(reassess(actors.sending)).thenRejects('FORBIDDEN_FOR_ROLE');
  });

  it('escalates a missed reassessment to the destination’s police and the coordinator', () => {
    const context = testContext();
    const spec = given(historyTo.followUp(), context);
    const deadline = spec.state.deadlines.find((d) => d.kind === 'threatReassessment')!;
    context.clock.set(deadline.dueAt);
    spec
      .when(command('MarkDeadlineMissed', actors.monitor, { deadlineId: deadline.deadlineId }))
      .then([
        'DeadlineMissed',
        { type: 'EscalationRaised', data: { level: 1, notify: ['coordinator:national', 'police:nord'] } },
      ]);
  });
});
