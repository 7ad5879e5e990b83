import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import { decide } from '../decide/decide.ts';
import type { DomainEvent } from '../events/event.ts';
import { replay } from '../evolve.ts';
import { availableCommands } from '../access/availableCommands.ts';
import { isUnsealedV1Text } from '../schemas/sealed.ts';
import type { SealedEnvelope, UnsealedV1Text } from '../schemas/sealed.ts';
import {
  actors,
  command,
  fakeSeal,
  fakeUnseal,
  given,
  historyTo,
  relocationId,
  runCommands,
  sampleCommands,
  sequentialIds,
  testContext,
} from '../testing/index.ts';
import { renewedCaseEvents } from './renewedCaseEvents.ts';
import type { Reseal } from './renewedCaseEvents.ts';

/** Opens with the fake sealer and seals again for the new case, recording what moved where. */
function recordingReseal(): { reseal: Reseal; moves: string[] } {
  const moves: string[] = [];
  const reseal: Reseal = (value, from, to) => {
    moves.push(`${from.relocationId}/${from.field} -> ${to.relocationId}/${to.field}`);
    const clear = isUnsealedV1Text(value) ? value.unsealedV1 : fakeUnseal(value as SealedEnvelope);
    return fakeSeal(to.relocationId, to.field, clear);
  };
  return { reseal, moves };
}

function compromisedCase(
  compromise: Command = sampleCommands.compromise(),
  history: readonly Command[] = historyTo.followUp(),
) {
  const context = testContext();
  const setup = runCommands(history, context);
  const decision = decide(compromise, setup.state, context);
  if (!decision.ok) throw new Error(decision.error.code);
  return { events: [...setup.events, ...decision.events], decision: decision.events };
}

describe('RecordLocationCompromised', () => {
  it('records the compromise after arrival, names a new linked case and closes the old one', () => {
    const events = given(historyTo.followUp())
      .when(sampleCommands.compromise())
      .then([
        {
          type: 'LocationCompromised',
          data: { municipalityCode: '2480', exclusionZone: { kind: 'municipality', code: '2480' } },
        },
        { type: 'CaseClosed', data: { outcome: 'relocatedAgain', notes: null } },
        // Where the household is 6 and 12 months after this arrival is known now (issue 15).
        { type: 'OutcomeRecorded', data: { month: 6, outcome: 'relocatedAfterLeak', notes: null } },
        { type: 'OutcomeRecorded', data: { month: 12, outcome: 'relocatedAfterLeak', notes: null } },
        // The follow-ups and the reassessment end with the case; the outcome deadlines are met.
        'DeadlineCancelled',
        'DeadlineCancelled',
        'DeadlineCancelled',
        'DeadlineMet',
        'DeadlineMet',
        'DeadlineCancelled',
      ]);
    const compromised = events[0] as DomainEvent & { type: 'LocationCompromised' };
    expect(compromised.data.renewedRelocationId).not.toBe(relocationId);
    expect(fakeUnseal(compromised.data.reason)).toBe('Adressen har lämnats ut till en person i hotmiljön.');
    const after = replay(events, given(historyTo.followUp()).state);
    expect(after).toMatchObject({
      status: 'closed',
      renewedRelocationId: compromised.data.renewedRelocationId,
      householdId: relocationId,
      deadlines: [],
    });
  });

  it('excludes the whole county when asked, and may be recorded by the police of the case', () => {
    for (const actor of [actors.police, actors.receivingPolice]) {
      given(historyTo.followUp())
        .when({
          ...sampleCommands.compromise(),
          actor,
          payload: { ...sampleCommands.compromise().payload, exclusion: 'county' },
        })
        .then([
          { type: 'LocationCompromised', data: { exclusionZone: { kind: 'county', code: '24' } } },
          'CaseClosed',
          'OutcomeRecorded',
          'OutcomeRecorded',
          'DeadlineCancelled',
          'DeadlineCancelled',
          'DeadlineCancelled',
          'DeadlineMet',
          'DeadlineMet',
          'DeadlineCancelled',
        ]);
    }
  });

  it('is refused to other parties, outsiders, before arrival, on an ended case and on an erased one', () => {
    const compromise = sampleCommands.compromise();
    given(historyTo.followUp())
      .when({ ...compromise, actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp())
      .when({ ...compromise, actor: actors.coordinator })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp())
      .when({ ...compromise, actor: actors.outsider })
      .thenRejects('NOT_A_PARTICIPANT');
    given(historyTo.followUp())
      .when({ ...compromise, actor: actors.auditor })
      .thenRejects('NOT_A_PARTICIPANT');
    // Before arrival Umeå is only the accepted destination, not where the household lives.
    given(historyTo.awaitingArrival()).when(compromise).thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.awaitingArrival())
      .when({ ...compromise, actor: actors.police })
      .thenRejects('NOT_ALLOWED_IN_STATE');
    given([...historyTo.followUp(), sampleCommands.close()])
      .when(compromise)
      .thenRejects('NOT_ALLOWED_IN_STATE');
    given([...historyTo.followUp(), sampleCommands.erase()])
      .when(compromise)
      .thenRejects('CASE_ERASED');
    given(historyTo.followUp())
      .when({ ...compromise, payload: { ...compromise.payload, exclusion: 'country' } } as unknown as Command)
      .thenRejects('INVALID_COMMAND');
  });

  it('is offered to the receiving municipality and the police after arrival, to nobody before', () => {
    const user = (actor: (typeof actors)[keyof typeof actors]) => ({
      organisationId: actor.organisationId,
      userId: actor.userId,
      roles: [actor.role],
    });
    const followUp = given(historyTo.followUp()).state;
    expect(availableCommands(followUp, user(actors.receiving))).toContain('RecordLocationCompromised');
    expect(availableCommands(followUp, user(actors.police))).toContain('RecordLocationCompromised');
    expect(availableCommands(followUp, user(actors.sending))).not.toContain('RecordLocationCompromised');
    const before = given(historyTo.awaitingArrival()).state;
    expect(availableCommands(before, user(actors.receiving))).not.toContain('RecordLocationCompromised');
  });

  it('cannot be chosen by hand as a closing outcome', () => {
    given(historyTo.followUp())
      .when(command('CloseCase', actors.sending, { outcome: 'relocatedAgain' } as never))
      .thenRejects('INVALID_COMMAND');
  });
});

describe('renewedCaseEvents', () => {
  it('opens the linked case from the compromised municipality with identity, household and consent carried over', () => {
    const { events } = compromisedCase();
    const { reseal, moves } = recordingReseal();
    const renewed = renewedCaseEvents(events, reseal, sequentialIds('99999999-0000-4000-8000'));
    expect(renewed).not.toBeNull();
    const { relocationId: newId, events: newEvents } = renewed!;
    const compromised = events.find((e) => e.type === 'LocationCompromised');
    expect(compromised?.type === 'LocationCompromised' && compromised.data.renewedRelocationId).toBe(newId);
    expect(moves).toEqual([
      `${relocationId}/RelocationInitiated.person -> ${newId}/RelocationInitiated.person`,
      `${relocationId}/ConsentRecorded.documentReference -> ${newId}/ConsentRecorded.documentReference`,
    ]);
    const initiated = newEvents[0];
    if (initiated?.type !== 'RelocationInitiated') throw new Error('no initiation');
    expect(initiated.data).toMatchObject({
      relocationId: newId,
      sendingMunicipalityCode: '2480',
      urgency: 'acute',
      household: { adults: 1, childrenAges: [4, 9] },
      needs: ['housing', 'protectedHousing', 'school'],
      householdId: relocationId,
      previousRelocationId: relocationId,
    });
    expect(initiated.data.exclusionZones).toEqual([
      { kind: 'county', code: '12' },
      { kind: 'municipality', code: '1480' },
      { kind: 'municipality', code: '2480' },
    ]);
    expect(fakeUnseal(initiated.data.person)).toEqual({
      name: 'Test Testsson',
      personalIdentityNumber: '199001012385',
      protectionLevel: 'none',
    });
    expect(initiated.data.person.keyId).toBe(fakeSeal(newId, '', null).keyId);
    // Every event of the new case is the compromise's act: same actor, time, correlation and causation.
    for (const event of newEvents) {
      expect(event.metadata).toMatchObject({
        actor: actors.receiving,
        occurredAt: compromised?.metadata.occurredAt,
        causationId: compromised?.metadata.causationId,
      });
    }
    const state = replay(newEvents);
    expect(state).toMatchObject({
      status: 'draft',
      relocationId: newId,
      sendingMunicipality: '2480',
      // Responsibility does not move with the household: Stockholm, responsible in the old case, still is.
      responsibleMunicipality: '0180',
      consents: ['coordinator', 'police', 'receivingMunicipality'],
      householdId: relocationId,
      previousRelocationId: relocationId,
      // Stockholm's caseworker stays on the case; the recording supervisor of Umeå is named.
      handlers: [
        { organisationId: 'municipality:0180', userId: 'user-sending' },
        { organisationId: 'municipality:2480', userId: 'user-receiving' },
      ],
    });
    const oldLedger = replay(events).ledger;
    expect(state.ledger).toMatchObject({
      responsible: oldLedger.responsible,
      bosattningskommun: oldLedger.bosattningskommun,
      vistelsekommun: { municipalityCode: '2480', source: 'renewedRelocation' },
    });
  });

  it('gives the same case when written again, and renews a renewed case within the same household', () => {
    const { events } = compromisedCase();
    const first = renewedCaseEvents(
      events,
      recordingReseal().reseal,
      sequentialIds('99999999-0000-4000-8000'),
    );
    const again = renewedCaseEvents(
      events,
      recordingReseal().reseal,
      sequentialIds('99999999-0000-4000-8000'),
    );
    expect(again).toEqual(first);
    const newId = first!.relocationId;

    // The new case is submitted, matched and moved to Luleå (2580); then Luleå is compromised too.
    const context = testContext({ newId: sequentialIds('77777777-0000-4000-8000') });
    const on = <C extends Command>(c: C): C => ({ ...c, relocationId: newId });
    const umea = {
      userId: 'user-receiving',
      organisationId: 'municipality:2480',
      role: 'supervisor',
    } as const;
    const lulea = { userId: 'user-lulea', organisationId: 'municipality:2580', role: 'supervisor' } as const;
    const run = runCommands(
      [
        on({ ...sampleCommands.submit(), actor: umea }),
        on({ ...sampleCommands.assess(), actor: actors.receivingPolice }),
        on(command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: '2580' })),
        on({ ...sampleCommands.accept(), actor: lulea }),
        on({ ...sampleCommands.clear(), actor: actors.receivingPolice }),
        on({ ...sampleCommands.arrive(), actor: lulea }),
        on({ ...sampleCommands.compromise(), actor: lulea }),
      ],
      context,
      { state: replay(first!.events), events: [...first!.events] },
    );
    const second = renewedCaseEvents(
      run.events,
      recordingReseal().reseal,
      sequentialIds('88888888-0000-4000-8000'),
    );
    expect(replay(second!.events)).toMatchObject({
      sendingMunicipality: '2580',
      householdId: relocationId,
      previousRelocationId: newId,
    });
  });

  it('refuses to propose the compromised municipality in the linked case', () => {
    const { events } = compromisedCase();
    const renewed = renewedCaseEvents(
      events,
      recordingReseal().reseal,
      sequentialIds('99999999-0000-4000-8000'),
    )!;
    const on = <C extends Command>(c: C): C => ({ ...c, relocationId: renewed.relocationId });
    const umea = {
      userId: 'user-receiving',
      organisationId: 'municipality:2480',
      role: 'supervisor',
    } as const;
    const history = [
      ...renewed.events,
      ...runCommands(
        [
          on({ ...sampleCommands.submit(), actor: umea }),
          on({ ...sampleCommands.assess(), actor: actors.receivingPolice }),
        ],
        testContext(),
        { state: replay(renewed.events), events: [] },
      ).events,
    ];
    // Umeå sends now, and Malmö lies in the old case's excluded county: both are refused by the rules.
    given(history)
      .when(on(command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: '2480' })))
      .thenRejects('SENDING_MUNICIPALITY');
    given(history)
      .when(on(command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: '1280' })))
      .thenRejects('MUNICIPALITY_EXCLUDED');
  });

  it('excludes the county and carries a version 1 clear consent reference, sealed', () => {
    const { events } = compromisedCase({
      ...sampleCommands.compromise(),
      payload: { ...sampleCommands.compromise().payload, exclusion: 'county', urgency: 'planned' },
    });
    const clearConsent = events.map((event): DomainEvent =>
      event.type === 'ConsentRecorded'
        ? { ...event, data: { ...event.data, documentReference: { unsealedV1: 'S-17' } as UnsealedV1Text } }
        : event,
    );
    const renewed = renewedCaseEvents(clearConsent, recordingReseal().reseal, sequentialIds())!;
    const [initiated, consent] = renewed.events;
    expect(initiated?.type === 'RelocationInitiated' && initiated.data.urgency).toBe('planned');
    expect(initiated?.type === 'RelocationInitiated' && initiated.data.exclusionZones).toContainEqual({
      kind: 'county',
      code: '24',
    });
    if (consent?.type !== 'ConsentRecorded') throw new Error('no consent');
    expect(isUnsealedV1Text(consent.data.documentReference)).toBe(false);
    expect(fakeUnseal(consent.data.documentReference as SealedEnvelope)).toBe('S-17');
  });

  it('makes nothing of a case whose location was not compromised', () => {
    const context = testContext();
    const { events } = runCommands(historyTo.followUp(), context);
    expect(renewedCaseEvents(events, recordingReseal().reseal, sequentialIds())).toBeNull();
  });
});

describe('renewedCaseEvents and an assumed identity', () => {
  it('carries the identity change, re-sealed, so the new case knows the current identity and that it changed', () => {
    const officer = { ...actors.police, userId: 'officer-assigned' };
    const newIdentity = {
      name: 'Ny Identitet',
      personalIdentityNumber: '198001012387',
      decidedOn: '2026-04-01',
    };
    const { events } = compromisedCase(sampleCommands.compromise(), [
      ...historyTo.followUp(),
      command('AssignHandler', actors.police, { userId: officer.userId }),
      command('ChangeIdentity', officer, newIdentity),
    ]);
    const { reseal, moves } = recordingReseal();
    const renewed = renewedCaseEvents(events, reseal, sequentialIds('99999999-0000-4000-8000'));
    const changed = renewed?.events.find((event) => event.type === 'IdentityChanged');
    if (changed?.type !== 'IdentityChanged') throw new Error('the identity change was not carried');
    expect(fakeUnseal(changed.data.identity)).toMatchObject({
      ...newIdentity,
      protectionLevel: 'assumedIdentity',
    });
    expect(changed.data.identity.keyId).toBe(fakeSeal(renewed!.relocationId, '', null).keyId);
    expect(moves).toContain(
      `${relocationId}/IdentityChanged.identity -> ${renewed!.relocationId}/IdentityChanged.identity`,
    );
    expect(replay(renewed!.events).protectedIdentity).toBe(true);
  });
});
