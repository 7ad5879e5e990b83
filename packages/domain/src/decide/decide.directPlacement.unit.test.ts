/**
 * Direct placement (docs/design.md §3.3): in an acute case the responsible municipality places the household in a
 * unit allowed to operate on the move date, in another municipality, without the acceptance step. The destination
 * (the vistelsekommun to be) must acknowledge within a business day, the police still clear it, and responsibility
 * stays with the placing municipality.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import type { CommandPayload, CommandType } from '../commands/payloads.ts';
import type { DomainEvent } from '../events/event.ts';
import { availableCommands } from '../access/availableCommands.ts';
import { resolveDeadlinePolicy } from '../deadlines/policy.ts';
import {
  actors,
  appliedProvider,
  command,
  given,
  historyTo,
  municipalUnit,
  protectedHousingProvider,
  revokedProvider,
  sampleCommands,
  testContext,
  unpermittedProvider,
} from '../testing/index.ts';
import type { Actor } from '../schemas/actor.ts';

const as = <T extends CommandType>(type: T, actor: Actor, payload: CommandPayload<T>): Command =>
  command(type, actor, payload) as Command;

const place = (unitId: string, municipalityCode = '2480', plannedMoveDate = '2026-03-05') =>
  as('PlaceDirectly', actors.sending, {
    municipalityCode,
    unitId,
    plannedMoveDate,
    reason: 'Akut hot, kan inte vänta.',
  });

const placed = () => [...historyTo.matching(), sampleCommands.placeDirectly()];

function deadlineOf(events: readonly DomainEvent[], kind: string) {
  return events.filter((e) => e.type === 'DeadlineScheduled' && e.data.kind === kind).at(-1) as
    Extract<DomainEvent, { type: 'DeadlineScheduled' }> | undefined;
}

describe('PlaceDirectly', () => {
  it('places the household without acceptance: clearance next, the destination must acknowledge in a business day', () => {
    const events = given(historyTo.matching())
      .when(sampleCommands.placeDirectly())
      .then([
        {
          type: 'PlacedDirectly',
          data: {
            municipalityCode: '2480',
            placingMunicipalityCode: '0180',
            unitId: municipalUnit.id,
            plannedMoveDate: '2026-03-05',
          },
        },
        {
          type: 'DeadlineScheduled',
          data: { kind: 'placementAcknowledgement', ownerOrganisationId: 'municipality:2480' },
        },
        {
          type: 'DeadlineScheduled',
          data: { kind: 'destinationClearance', ownerOrganisationId: 'police:stockholm' },
        },
      ]);
    const placedEvent = events[0]!;
    expect(placedEvent.data).toMatchObject({ reason: { alg: 'A256GCM' } });
    const ack = deadlineOf(events, 'placementAcknowledgement')!;
    // Monday 2 March 2026, one business day: Tuesday.
    expect(ack.data.dueAt.slice(0, 10)).toBe('2026-03-03');
  });

  it('leaves responsibility with the placing municipality and lets the destination’s police clear it', () => {
    const spec = given(placed());
    expect(spec.state).toMatchObject({
      status: 'destinationClearance',
      acceptedMunicipality: '2480',
      responsibleMunicipality: '0180',
      directPlacement: { municipalityCode: '2480', placingMunicipalityCode: '0180', acknowledged: false },
    });
    spec
      .when(command('GrantDestinationClearance', actors.receivingPolice, { reason: 'Ok.' }))
      .then(['DestinationClearanceGranted', 'DeadlineMet', 'DeadlineScheduled']);
  });

  it('accepts a unit that applied for its permit and may operate pending the decision, and a granted permit', () => {
    given(historyTo.matching())
      .when(place(appliedProvider.id))
      .then(['PlacedDirectly', 'DeadlineScheduled', 'DeadlineScheduled']);
    given(historyTo.matching())
      .when(place(protectedHousingProvider.id))
      .then(['PlacedDirectly', 'DeadlineScheduled', 'DeadlineScheduled']);
  });

  it('refuses a unit that may not operate on the move date: no permit, expired, revoked, unknown', () => {
    given(historyTo.matching()).when(place(unpermittedProvider.id)).thenRejects('UNIT_NOT_PERMITTED');
    given(historyTo.matching()).when(place(revokedProvider.id, '0380')).thenRejects('UNIT_NOT_PERMITTED');
    given(historyTo.matching()).when(place('unit-unknown')).thenRejects('UNIT_NOT_PERMITTED');
    // Notified to IVO only from 1 February 2025.
    given(historyTo.matching())
      .when(place(municipalUnit.id, '2480', '2025-01-15'))
      .thenRejects('UNIT_NOT_PERMITTED');
  });

  it('refuses a unit whose premises lie in another municipality than the destination', () => {
    given(historyTo.matching()).when(place(municipalUnit.id, '2580')).thenRejects('UNIT_NOT_IN_MUNICIPALITY');
  });

  it('keeps the proposal’s rules for the destination', () => {
    given(historyTo.matching())
      .when(place(protectedHousingProvider.id, '0180'))
      .thenRejects('SENDING_MUNICIPALITY');
    given(historyTo.matching())
      .when(place(protectedHousingProvider.id, '1280'))
      .thenRejects('MUNICIPALITY_EXCLUDED');
    given(historyTo.matching())
      .when(place(protectedHousingProvider.id, '9999'))
      .thenRejects('UNKNOWN_MUNICIPALITY');
    const noReceivingConsent = historyTo
      .matching()
      .map((c) =>
        c.type === 'RecordConsent'
          ? { ...c, payload: { ...c.payload, parties: ['police', 'coordinator'] } }
          : c,
      ) as Command[];
    given(noReceivingConsent).when(place(municipalUnit.id)).thenRejects('CONSENT_MISSING');
  });

  it('is for acute cases only', () => {
    const planned = historyTo
      .matching()
      .map((c) =>
        c.type === 'InitiateRelocation' ? { ...c, payload: { ...c.payload, urgency: 'planned' } } : c,
      ) as Command[];
    given(planned).when(sampleCommands.placeDirectly()).thenRejects('NOT_ACUTE');
    const spec = given(planned);
    expect(availableCommands(spec.state, { ...actors.sending, roles: ['caseworker'] })).not.toContain(
      'PlaceDirectly',
    );
  });

  it('is the responsible municipality’s, from matching only', () => {
    given(historyTo.matching())
      .when({ ...sampleCommands.placeDirectly(), actor: actors.coordinator })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.matching())
      .when({ ...sampleCommands.placeDirectly(), actor: actors.outsider })
      .thenRejects('NOT_A_PARTICIPANT');
    given(historyTo.awaitingReceiverDecision())
      .when(sampleCommands.placeDirectly())
      .thenRejects('NOT_ALLOWED_IN_STATE');
    given(historyTo.threatAssessment())
      .when(sampleCommands.placeDirectly())
      .thenRejects('NOT_ALLOWED_IN_STATE');
    const spec = given(historyTo.matching());
    expect(availableCommands(spec.state, { ...actors.sending, roles: ['caseworker'] })).toContain(
      'PlaceDirectly',
    );
  });
});

describe('AcknowledgeDirectPlacement', () => {
  it('is the destination’s acknowledgement; it meets the deadline and moves nothing else', () => {
    const spec = given(placed());
    const events = spec
      .when(sampleCommands.acknowledgePlacement())
      .then([{ type: 'DirectPlacementAcknowledged', data: { municipalityCode: '2480' } }, 'DeadlineMet']);
    expect(events).toHaveLength(2);
    given([...placed(), sampleCommands.acknowledgePlacement()])
      .when(sampleCommands.acknowledgePlacement())
      .thenRejects('ALREADY_ACKNOWLEDGED');
  });

  it('is refused without a direct placement, and to anyone but the destination', () => {
    given(historyTo.destinationClearance())
      .when(as('AcknowledgeDirectPlacement', actors.receiving, {}))
      .thenRejects('NOT_A_DIRECT_PLACEMENT');
    given(placed())
      .when(as('AcknowledgeDirectPlacement', actors.sending, {}))
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(placed())
      .when(as('AcknowledgeDirectPlacement', actors.outsider, {}))
      .thenRejects('NOT_A_PARTICIPANT');
  });

  it('keeps its deadline through a suspension; a missed one is escalated like the others', () => {
    const context = testContext();
    const spec = given([...placed(), as('SuspendCase', actors.sending, { reason: 'Paus.' })], context);
    const open = spec.state.deadlines.find((d) => d.kind === 'placementAcknowledgement');
    expect(open?.ownerOrganisationId).toBe('municipality:2480');
    context.clock.set(open!.dueAt);
    spec.when(as('MarkDeadlineMissed', actors.monitor, { deadlineId: open!.deadlineId })).then([
      'DeadlineMissed',
      {
        type: 'EscalationRaised',
        data: { level: 1, notify: ['coordinator:national', 'municipality:2480'] },
      },
    ]);
  });

  it('has a configurable deadline', () => {
    const context = testContext({
      deadlinePolicy: resolveDeadlinePolicy({
        durations: {
          placementAcknowledgement: {
            acute: { kind: 'iso', duration: 'PT4H' },
            planned: { kind: 'iso', duration: 'PT4H' },
          },
        },
      }),
    });
    const spec = given(historyTo.matching(), context);
    const events = spec
      .when(sampleCommands.placeDirectly())
      .then(['PlacedDirectly', 'DeadlineScheduled', 'DeadlineScheduled']);
    const ack = deadlineOf(events, 'placementAcknowledgement')!;
    expect(Date.parse(ack.data.dueAt) - Date.parse(context.now)).toBe(4 * 3600_000);
  });
});

describe('arrival after a direct placement', () => {
  const cleared = () => [
    ...placed(),
    sampleCommands.acknowledgePlacement(),
    command('GrantDestinationClearance', actors.police, { reason: 'Ok.' }),
  ];

  it('may be confirmed by the placing municipality; the ledger names it as placing, the destination as vistelsekommun', () => {
    const spec = given(cleared());
    expect(spec.state.deadlines.find((d) => d.kind === 'arrival')?.ownerOrganisationId).toBe(
      'municipality:0180',
    );
    spec.when(as('ConfirmArrival', actors.sending, { arrivedOn: '2026-03-05' })).then([
      { type: 'ArrivalConfirmed', data: { municipalityCode: '2480' } },
      {
        type: 'LedgerEntryRecorded',
        data: { entry: 'vistelsekommun', municipalityCode: '2480', source: 'directPlacement' },
      },
      {
        type: 'LedgerEntryRecorded',
        data: { entry: 'placingMunicipality', municipalityCode: '0180', source: 'directPlacement' },
      },
      'DeadlineMet',
      'DeadlineScheduled',
      'DeadlineScheduled',
      'DeadlineScheduled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome6', ownerOrganisationId: 'municipality:0180' } },
      { type: 'DeadlineScheduled', data: { kind: 'outcome12', ownerOrganisationId: 'municipality:0180' } },
      { type: 'DeadlineScheduled', data: { kind: 'threatReassessment', ownerOrganisationId: 'police:nord' } },
    ]);
    const after = given([
      ...cleared(),
      as('ConfirmArrival', actors.receiving, { arrivedOn: '2026-03-05' }),
    ]).state;
    expect(after.responsibleMunicipality).toBe('0180');
    expect(after.ledger.responsible?.municipalityCode).toBe('0180');
  });

  it('is not the sending municipality’s after an ordinary acceptance', () => {
    given(historyTo.awaitingArrival())
      .when(as('ConfirmArrival', actors.sending, { arrivedOn: '2026-03-16' }))
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });

  it('after a police refusal the placement lapses with its acknowledgement deadline', () => {
    given(placed())
      .when(command('RefuseDestinationClearance', actors.police, { reason: 'Nej.' }))
      .then(['DestinationClearanceRefused', 'DeadlineCancelled', 'DeadlineMet']);
    const state = given([
      ...placed(),
      command('RefuseDestinationClearance', actors.police, { reason: 'Nej.' }),
    ]).state;
    expect(state).toMatchObject({ status: 'matching', directPlacement: null, refused: ['2480'] });
  });
});
