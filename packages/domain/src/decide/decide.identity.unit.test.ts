import { describe, expect, it } from 'vitest';
import { availableCommands } from '../access/availableCommands.ts';
import { changeIdentityPayloadSchema, personSchema } from '../commands/payloads.ts';
import { currentProtectionLevel, openedIdentity } from '../schemas/caseFacts.ts';
import type { Actor } from '../schemas/actor.ts';
import { fakeUnseal } from '../testing/fakeSealer.ts';
import { actors, command, given, historyTo, sampleCommands } from '../testing/index.ts';

/** The officer the sending region (Stockholm) names for the case (docs/design.md §3.5). */
const officer = { ...actors.police, userId: 'officer-assigned' };
const assignOfficer = () => command('AssignHandler', actors.police, { userId: officer.userId });
const newIdentity = { name: 'Ny Identitet', personalIdentityNumber: '198001012387', decidedOn: '2026-04-01' };
const changeIdentity = (actor: Actor = officer) => command('ChangeIdentity', actor, newIdentity);

describe('protection levels (docs/design.md §5)', () => {
  it('knows the four levels and nothing else', () => {
    for (const level of ['none', 'confidentialAddress', 'protectedRegistration', 'assumedIdentity']) {
      expect(
        personSchema.safeParse({ ...sampleCommands.initiate().payload.person, protectionLevel: level })
          .success,
      ).toBe(true);
    }
    // The old name of skyddad folkbokföring is no longer taken from a client.
    expect(
      personSchema.safeParse({
        ...sampleCommands.initiate().payload.person,
        protectionLevel: 'protectedIdentity',
      }).success,
    ).toBe(false);
  });

  it('reads the level of an identity sealed before the four levels as protected registration', () => {
    expect(currentProtectionLevel('protectedIdentity')).toBe('protectedRegistration');
    expect(currentProtectionLevel('confidentialAddress')).toBe('confidentialAddress');
    expect(
      openedIdentity({ name: 'A', personalIdentityNumber: 'x', protectionLevel: 'protectedIdentity' }),
    ).toEqual({
      name: 'A',
      personalIdentityNumber: 'x',
      protectionLevel: 'protectedRegistration',
    });
    expect(openedIdentity('not an identity')).toBe('not an identity');
  });

  it('flags every level but none as protected on the case (identity for assigned handlers only)', () => {
    for (const [level, flagged] of [
      ['none', false],
      ['confidentialAddress', true],
      ['protectedRegistration', true],
      ['assumedIdentity', true],
    ] as const) {
      const initiate = sampleCommands.initiate();
      const state = given([
        {
          ...initiate,
          payload: { ...initiate.payload, person: { ...initiate.payload.person, protectionLevel: level } },
        },
      ]).state;
      expect(state.protectedIdentity, level).toBe(flagged);
    }
  });
});

describe('ChangeIdentity (fingerade personuppgifter)', () => {
  it('an assigned police officer records the new identity, sealed, with the level assumedIdentity', () => {
    const [event] = given([...historyTo.matching(), assignOfficer()])
      .when(changeIdentity())
      .then(['IdentityChanged']);
    if (event?.type !== 'IdentityChanged') throw new Error('expected IdentityChanged');
    expect(Object.keys(event.data)).toEqual(['identity']);
    expect(fakeUnseal(event.data.identity)).toEqual({
      name: 'Ny Identitet',
      personalIdentityNumber: '198001012387',
      protectionLevel: 'assumedIdentity',
      decidedOn: '2026-04-01',
    });
    // Nothing of the new identity is in clear in the event.
    expect(JSON.stringify(event)).not.toContain('Ny Identitet');
    expect(JSON.stringify(event)).not.toContain('198001012387');
  });

  it('makes the identity protected and leaves the workflow where it is', () => {
    const before = given([...historyTo.followUp(), assignOfficer()]);
    expect(before.state.protectedIdentity).toBe(false);
    const after = given([...historyTo.followUp(), assignOfficer(), changeIdentity()]);
    expect(after.state.protectedIdentity).toBe(true);
    expect(after.state.status).toBe('followUp');
    expect(after.state.deadlines).toEqual(before.state.deadlines);
  });

  it('is taken in every open state from submission on, suspended included', () => {
    for (const history of [
      historyTo.threatAssessment(),
      historyTo.awaitingReceiverDecision(),
      historyTo.destinationClearance(),
      historyTo.awaitingArrival(),
      historyTo.followUp(),
      [...historyTo.matching(), command('SuspendCase', actors.sending, { reason: 'Paus.' })],
    ]) {
      given([...history, assignOfficer()])
        .when(changeIdentity())
        .then(['IdentityChanged']);
    }
  });

  it('refuses a police officer who is not assigned to the case', () => {
    given(historyTo.matching()).when(changeIdentity(actors.police)).thenRejects('NOT_AN_ASSIGNED_HANDLER');
  });

  it('refuses a police region outside the case as if the case did not exist', () => {
    const outsider = { userId: 'officer-syd', organisationId: 'police:syd', role: 'police' } as const;
    given(historyTo.matching()).when(changeIdentity(outsider)).thenRejects('NOT_A_PARTICIPANT');
  });

  it('refuses every party but the police', () => {
    given(historyTo.followUp()).when(changeIdentity(actors.sending)).thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp()).when(changeIdentity(actors.receiving)).thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.followUp()).when(changeIdentity(actors.coordinator)).thenRejects('FORBIDDEN_FOR_ROLE');
  });

  it('refuses it once the case has ended', () => {
    const closed = [
      ...historyTo.followUp(),
      assignOfficer(),
      command('CloseCase', actors.sending, { outcome: 'settled' }),
    ];
    given(closed).when(changeIdentity()).thenRejects('NOT_ALLOWED_IN_STATE');
    given([
      ...historyTo.matching(),
      assignOfficer(),
      command('AbortRelocation', actors.sending, { reason: 'Avbryts.' }),
    ])
      .when(changeIdentity())
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });

  it('refuses an invalid personnummer, an empty name and unknown fields', () => {
    const history = [...historyTo.matching(), assignOfficer()];
    for (const payload of [
      { ...newIdentity, personalIdentityNumber: '198001012381' },
      { ...newIdentity, name: ' ' },
      { ...newIdentity, decidedOn: '2026-13-01' },
      { ...newIdentity, protectionLevel: 'none' },
    ]) {
      given(history)
        .when({ ...changeIdentity(), payload } as ReturnType<typeof changeIdentity>)
        .thenRejects('INVALID_COMMAND');
    }
    expect(changeIdentityPayloadSchema.safeParse(newIdentity).success).toBe(true);
  });

  it('is offered to the assigned officer only', () => {
    const state = given([...historyTo.matching(), assignOfficer()]).state;
    const user = (actor: Actor) => ({ ...actor, roles: [actor.role] });
    expect(availableCommands(state, user(officer))).toContain('ChangeIdentity');
    expect(availableCommands(state, user(actors.police))).not.toContain('ChangeIdentity');
    expect(availableCommands(state, { ...actors.sendingSupervisor, roles: ['supervisor'] })).not.toContain(
      'ChangeIdentity',
    );
  });
});
