import { describe, expect, it } from 'vitest';
import { handlerRuleAllows, isAssignedHandler } from '../access/handlerAccess.ts';
import { actors, command, given, historyTo, sampleCommands } from '../testing/index.ts';

const colleague = actors.sendingColleague;

describe('handlers', () => {
  it('assigns the initiating user when the case starts', () => {
    expect(given(historyTo.draft()).state.handlers).toEqual([
      { organisationId: actors.sending.organisationId, userId: actors.sending.userId },
    ]);
  });

  it('keeps a caseworker who is not assigned out of the case, as if it did not exist', () => {
    given(historyTo.draft())
      .when({ ...sampleCommands.consentAll(), actor: colleague })
      .thenRejects('NOT_A_PARTICIPANT');
  });

  it('answers an unassigned caseworker as an outsider even on a command meant for another party', () => {
    // Without the handler rule first, this would be FORBIDDEN_FOR_ROLE and reveal that the case exists.
    given(historyTo.awaitingReceiverDecision())
      .when({ ...sampleCommands.accept(), actor: colleague })
      .thenRejects('NOT_A_PARTICIPANT');
    given(historyTo.awaitingReceiverDecision())
      .when({ ...sampleCommands.accept(), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });

  it('lets a supervisor of the organisation act without being assigned', () => {
    given(historyTo.draft())
      .when({ ...sampleCommands.consentAll(), actor: actors.sendingSupervisor })
      .then(['ConsentRecorded']);
  });

  it('a supervisor assigns a colleague, who may then act; unassigned, they are out again', () => {
    const assigned = given([...historyTo.draft(), sampleCommands.assignColleague()]);
    expect(assigned.state.handlers).toContainEqual({
      organisationId: colleague.organisationId,
      userId: colleague.userId,
    });
    assigned.when({ ...sampleCommands.consentAll(), actor: colleague }).then(['ConsentRecorded']);
    given([...historyTo.draft(), sampleCommands.assignColleague(), sampleCommands.unassignColleague()])
      .when({ ...sampleCommands.consentAll(), actor: colleague })
      .thenRejects('NOT_A_PARTICIPANT');
  });

  it('assigns within the supervisor’s own organisation only', () => {
    const [event] = given(historyTo.awaitingReceiverDecision())
      .when(command('AssignHandler', actors.receiving, { userId: 'user-umea-caseworker' }))
      .then([{ type: 'HandlerAssigned' }]);
    expect(event?.data).toEqual({
      organisationId: actors.receiving.organisationId,
      userId: 'user-umea-caseworker',
    });
  });

  it('lets a police region of the case name its own officers (docs/design.md §3.5), and no other region', () => {
    given(historyTo.matching())
      .when(command('AssignHandler', actors.police, { userId: 'officer-1' }))
      .then([{ type: 'HandlerAssigned', data: { organisationId: 'police:stockholm', userId: 'officer-1' } }]);
    // The destination's police region joins once Umeå has accepted.
    given(historyTo.destinationClearance())
      .when(command('AssignHandler', actors.receivingPolice, { userId: 'officer-2' }))
      .then([{ type: 'HandlerAssigned', data: { organisationId: 'police:nord', userId: 'officer-2' } }]);
    given(historyTo.matching())
      .when(command('AssignHandler', actors.receivingPolice, { userId: 'officer-2' }))
      .thenRejects('NOT_A_PARTICIPANT');
    const state = given([
      ...historyTo.matching(),
      command('AssignHandler', actors.police, { userId: 'officer-1' }),
    ]).state;
    expect(isAssignedHandler(state, 'police:stockholm', 'officer-1')).toBe(true);
    expect(isAssignedHandler(state, 'police:stockholm', actors.police.userId)).toBe(false);
  });

  it('refuses a caseworker, the coordinator and outsiders as assigners', () => {
    given(historyTo.draft())
      .when(command('AssignHandler', actors.sending, { userId: 'x' }))
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.matching())
      .when(command('AssignHandler', actors.coordinator, { userId: 'x' }))
      .thenRejects('FORBIDDEN_FOR_ROLE');
    given(historyTo.matching())
      .when(command('AssignHandler', { ...actors.outsider, role: 'supervisor' }, { userId: 'x' }))
      .thenRejects('NOT_A_PARTICIPANT');
  });

  it('refuses to assign twice or unassign someone not assigned', () => {
    given([...historyTo.draft(), sampleCommands.assignColleague()])
      .when(sampleCommands.assignColleague())
      .thenRejects('HANDLER_ALREADY_ASSIGNED');
    given(historyTo.draft()).when(sampleCommands.unassignColleague()).thenRejects('HANDLER_NOT_ASSIGNED');
  });

  it('keeps the workflow state and is allowed in every state of a started case that has not ended', () => {
    for (const history of [historyTo.draft(), historyTo.matching(), historyTo.followUp()]) {
      const before = given(history).state;
      const after = given([...history, sampleCommands.assignColleague()]).state;
      expect(after.status).toBe(before.status);
    }
    const closed = [
      ...historyTo.followUp(),
      sampleCommands.followUp(1),
      sampleCommands.followUp(3),
      sampleCommands.followUp(6),
      sampleCommands.close(),
    ];
    given(closed).when(sampleCommands.assignColleague()).thenRejects('NOT_ALLOWED_IN_STATE');
  });

  it('applies per organisation: police and coordinator staff keep access without assignment', () => {
    const state = given(historyTo.matching()).state;
    expect(handlerRuleAllows(state, { ...actors.police, roles: ['police'] })).toBe(true);
    expect(handlerRuleAllows(state, { ...actors.coordinator, roles: ['coordinator'] })).toBe(true);
    expect(handlerRuleAllows(state, { ...colleague, roles: ['caseworker'] })).toBe(false);
    expect(handlerRuleAllows(state, { ...colleague, roles: ['caseworker', 'supervisor'] })).toBe(true);
  });
});

describe('protected identity', () => {
  it('is a plain flag on RelocationInitiated, from the person’s protection level', () => {
    const initiate = sampleCommands.initiate();
    const [plain] = given([]).when(initiate).then(['RelocationInitiated']);
    expect(plain?.data).toMatchObject({
      protectedIdentity: initiate.payload.person.protectionLevel !== 'none',
    });
    const hidden = {
      ...initiate,
      payload: {
        ...initiate.payload,
        person: { ...initiate.payload.person, protectionLevel: 'protectedRegistration' },
      },
    } as typeof initiate;
    const [flagged] = given([]).when(hidden).then(['RelocationInitiated']);
    expect(flagged?.data).toMatchObject({ protectedIdentity: true });
    expect(given([hidden]).state.protectedIdentity).toBe(true);
  });
});

describe('erasure', () => {
  it('records CaseErased by a system actor, in an open or an ended case, and then takes nothing more', () => {
    given(historyTo.matching())
      .when(sampleCommands.erase())
      .then([{ type: 'CaseErased', data: { reason: 'retention' } }]);
    const aborted = [
      ...historyTo.matching(),
      command('AbortRelocation', actors.sending, { reason: 'Avbryts.' }),
    ];
    given(aborted).when(sampleCommands.erase()).then(['CaseErased']);
    const erased = [...historyTo.matching(), sampleCommands.erase()];
    expect(given(erased).state.erased).toBe(true);
    expect(given(erased).state.status).toBe('matching');
    given(erased).when(sampleCommands.erase()).thenRejects('CASE_ERASED');
    given(erased).when(sampleCommands.proposeReceiving()).thenRejects('CASE_ERASED');
  });

  it('is refused to every person, and to an outsider looks like any unknown case', () => {
    for (const actor of [actors.sending, actors.sendingSupervisor, actors.coordinator]) {
      given(historyTo.matching())
        .when({ ...sampleCommands.erase(), actor })
        .thenRejects('FORBIDDEN_FOR_ROLE');
    }
    // The auditor acts on no case: a real one answers like an unknown one (issue 10).
    given(historyTo.matching())
      .when({ ...sampleCommands.erase(), actor: actors.auditor })
      .thenRejects('NOT_A_PARTICIPANT');
    given([...historyTo.matching(), sampleCommands.erase()])
      .when({ ...sampleCommands.proposeReceiving(), actor: actors.outsider })
      .thenRejects('NOT_A_PARTICIPANT');
  });
});
