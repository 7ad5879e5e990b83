import { describe, expect, it } from 'vitest';
import { commandTypes } from '../commands/payloads.ts';
import { actors, command, given, historyTo, sampleCommands } from '../testing/index.ts';
import { commandPermissions } from './commandPermissions.ts';
import { participationOf } from './participation.ts';
import { canSee, dataClasses, visibilityMatrix } from './visibilityMatrix.ts';

describe('participationOf', () => {
  it('follows the case: sending, proposed, accepted, then receiving after arrival', () => {
    const org = actors.receiving.organisationId;
    expect(participationOf(given(historyTo.matching()).state, org)).toBe('none');
    expect(participationOf(given(historyTo.awaitingReceiverDecision()).state, org)).toBe('proposedReceiving');
    expect(participationOf(given(historyTo.destinationClearance()).state, org)).toBe('acceptedReceiving');
    expect(participationOf(given(historyTo.followUp()).state, org)).toBe('receiving');
    expect(participationOf(given(historyTo.followUp()).state, actors.sending.organisationId)).toBe('sending');
  });
  it('marks a municipality that declined', () => {
    const state = given([
      ...historyTo.matching(),
      sampleCommands.proposeDeclining(),
      sampleCommands.decline(),
    ]).state;
    expect(participationOf(state, actors.declining.organisationId)).toBe('declined');
  });
  it('gives the police of the sending region, and of the receiving region once proposed', () => {
    expect(participationOf(given(historyTo.matching()).state, 'police:stockholm')).toBe('police');
    expect(participationOf(given(historyTo.matching()).state, 'police:nord')).toBe('none');
    expect(participationOf(given(historyTo.awaitingReceiverDecision()).state, 'police:nord')).toBe('police');
    expect(participationOf(given(historyTo.matching()).state, 'police:syd')).toBe('none');
  });
  it('folds consent in: without it the police and the coordinator are outsiders', () => {
    const draft = given(historyTo.draft()).state;
    expect(participationOf(draft, 'police:stockholm')).toBe('none');
    expect(participationOf(draft, 'coordinator:national')).toBe('none');
    expect(participationOf(given(historyTo.consented()).state, 'coordinator:national')).toBe('coordinator');
  });
  it('after withdrawal only the sending municipality remains', () => {
    const withdraw = command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-03' });
    const state = given([...historyTo.destinationClearance(), withdraw]).state;
    expect(participationOf(state, actors.sending.organisationId)).toBe('sending');
    for (const org of ['police:stockholm', 'coordinator:national', actors.receiving.organisationId]) {
      expect(participationOf(state, org)).toBe('none');
    }
  });
  it('knows the auditor and the system', () => {
    const state = given(historyTo.matching()).state;
    expect(participationOf(state, 'audit:national')).toBe('auditor');
    expect(participationOf(state, 'system:deadlines')).toBe('system');
  });
});

describe('commandPermissions', () => {
  it('covers every command, each with at least one role and participation', () => {
    expect(Object.keys(commandPermissions).sort()).toEqual([...commandTypes].sort());
    for (const permission of Object.values(commandPermissions)) {
      expect(permission.roles.length).toBeGreaterThan(0);
      expect(permission.participations.length).toBeGreaterThan(0);
    }
  });
  it('never lets the auditor or a declined municipality act', () => {
    for (const permission of Object.values(commandPermissions)) {
      expect(permission.roles).not.toContain('auditor');
      expect(permission.participations).not.toContain('declined');
    }
  });
  it('is enforced by decide: the auditor is refused like an outsider (the 404 of an unknown case)', () => {
    given(historyTo.matching())
      .when({ ...sampleCommands.proposeReceiving(), actor: actors.auditor })
      .thenRejects('NOT_A_PARTICIPANT');
  });
});

describe('visibilityMatrix', () => {
  it('lists every data class', () => {
    expect(Object.keys(visibilityMatrix).sort()).toEqual([...dataClasses].sort());
  });
  it('keeps identity from the coordinator and from a receiver that has not accepted', () => {
    expect(canSee('coordinator', 'identity')).toBe(false);
    expect(canSee('coordinator', 'pseudonym')).toBe(true);
    expect(canSee('proposedReceiving', 'identity')).toBe(false);
    expect(canSee('acceptedReceiving', 'identity')).toBe(true);
  });
  it('shows threat details only to the sending municipality and the police, and the level to the coordinator', () => {
    expect(visibilityMatrix.threatDetails).toEqual(['sending', 'police']);
    expect(canSee('coordinator', 'threatLevel')).toBe(true);
    expect(canSee('coordinator', 'threatLevelAndConstraints')).toBe(false);
  });
  it('hides the reception plan from the sending municipality and the access log from everyone but the auditor', () => {
    expect(canSee('sending', 'receptionPlan')).toBe(false);
    expect(visibilityMatrix.accessLog).toEqual(['auditor']);
    expect(canSee('auditor', 'workflow')).toBe(false);
  });
  it('shows nothing to outsiders or a declined municipality', () => {
    for (const dataClass of dataClasses) {
      expect(canSee('none', dataClass)).toBe(false);
      expect(canSee('declined', dataClass)).toBe(false);
    }
  });
});
