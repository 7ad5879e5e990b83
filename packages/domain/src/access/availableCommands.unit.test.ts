/**
 * `availableCommands` against `decide`: on cases driven to random states, for every actor and every command, a
 * command offered is never refused for who asks or for the case's state, and one not offered always is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import { commandTypes } from '../commands/payloads.ts';
import type { CommandType } from '../commands/payloads.ts';
import { decide } from '../decide/decide.ts';
import type { DomainErrorCode } from '../errors.ts';
import { evolve } from '../evolve.ts';
import type { Actor } from '../schemas/actor.ts';
import { initialState } from '../state/state.ts';
import type { RelocationState } from '../state/state.ts';
import { actors, command, given, historyTo, sampleCommands, testContext } from '../testing/index.ts';
import { commandForWorkflowEvent, modelEvents } from '../testing/workflowCommands.ts';
import { relocationMachine } from '../workflow/machine.ts';
import type { WorkflowEvent } from '../workflow/workflowEvent.ts';
import { snapshotOf } from '../workflow/workflowStep.ts';
import { actorFor, availableCommands, roleFor } from './availableCommands.ts';

/** Refusals for who asks or for where the case is; anything else judges the body. */
const accessOrStateCodes: ReadonlySet<DomainErrorCode> = new Set([
  'CASE_NOT_FOUND',
  'CASE_ALREADY_EXISTS',
  'NOT_A_PARTICIPANT',
  'FORBIDDEN_FOR_ROLE',
  'NOT_ALLOWED_IN_STATE',
  'CONSENT_MISSING',
  'CLEARANCE_MISSING',
  'CASE_ERASED',
  'NOT_AN_ASSIGNED_HANDLER',
  // Outcomes: not before arrival, and not once both months are recorded (the model asks for a month still owed).
  'NOT_ARRIVED',
  'OUTCOME_ALREADY_RECORDED',
  // The household's commands are offered only when the case has a member they can name (a child, for a child's
  // commands; a child owed one, for a school placement): without one, decide finds none.
  'MEMBER_NOT_FOUND',
  'SCHOOL_PLACEMENT_NOT_REQUIRED',
  // Like consent, every child's impact assessment is judged from the case alone (a proposal, an acceptance).
  'CHILD_IMPACT_ASSESSMENT_MISSING',
]);

const events = modelEvents();
/** One valid body per command type: the first model event of that type. */
const eventOfType = (type: CommandType): WorkflowEvent =>
  events.find((event) => event.type === type) ?? { type: 'SubmitRelocation' };

const users = Object.values(actors).map((actor: Actor) => ({
  organisationId: actor.organisationId,
  userId: actor.userId,
  roles: [actor.role],
}));

/** Checks every user × command on one state; returns the mismatches (empty when the two agree). */
function mismatches(state: RelocationState): string[] {
  const found: string[] = [];
  for (const user of users) {
    const offered = new Set(availableCommands(state, user));
    for (const type of commandTypes) {
      const context = testContext();
      const sample = commandForWorkflowEvent(eventOfType(type), state, context.clock);
      const actor = actorFor(user, type);
      if (actor === undefined) throw new Error('every test user has a role');
      const command = {
        ...sample,
        relocationId: state.relocationId ?? sample.relocationId,
        actor,
      } as Command;
      const decision = decide(command, state, context);
      const refusedForAccessOrState = !decision.ok && accessOrStateCodes.has(decision.error.code);
      if (offered.has(type) === refusedForAccessOrState) {
        const why = decision.ok ? 'accepted' : decision.error.code;
        found.push(`${state.status}: ${user.userId} ${type} offered=${offered.has(type)} decide=${why}`);
      }
    }
  }
  return found;
}

/** Drives a case with rightful commands for random machine events (the ones the machine takes now). */
function stateAfter(picks: readonly number[]): RelocationState {
  const context = testContext();
  let state = initialState();
  for (const pick of picks) {
    const snapshot = snapshotOf(state);
    const taken = events.filter(
      (event) =>
        event.type !== 'EraseCase' && relocationMachine.getTransitionData(snapshot, event).length > 0,
    );
    const event = taken[pick % Math.max(taken.length, 1)];
    if (event === undefined) break;
    const decision = decide(commandForWorkflowEvent(event, state, context.clock), state, context);
    if (decision.ok) state = decision.events.reduce(evolve, state);
  }
  return state;
}

/** Cases off the happy path: partial consent, suspended, declined, refused, ended after arrival. */
const sideStates = (): Command[][] => {
  const partialConsent = command('RecordConsent', actors.sending, {
    parties: ['coordinator', 'police'],
    consentDate: '2026-03-02',
    documentReference: 'S-1',
  });
  const suspend = (actor: Actor) => command('SuspendCase', actor, { reason: 'Paus.' });
  return [
    [sampleCommands.initiate(), partialConsent],
    [sampleCommands.initiate(), partialConsent, sampleCommands.submit(), sampleCommands.assess()],
    [...historyTo.matching(), suspend(actors.sending)],
    [...historyTo.matching(), sampleCommands.proposeDeclining(), sampleCommands.decline()],
    [
      ...historyTo.destinationClearance(),
      command('RefuseDestinationClearance', actors.police, { reason: 'Nej.' }),
    ],
    [...historyTo.followUp(), suspend(actors.sending)],
    [...historyTo.followUp(), sampleCommands.followUp(1), sampleCommands.close()],
    [...historyTo.followUp(), command('AbortRelocation', actors.sending, { reason: 'Avbryts.' })],
    [
      ...historyTo.awaitingArrival(),
      command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-03' }),
    ],
  ];
};

describe('availableCommands', () => {
  it('agrees with decide at every stage of the happy path', () => {
    for (const history of Object.values(historyTo)) {
      expect(mismatches(given(history()).state)).toEqual([]);
    }
  });

  it('agrees with decide off the happy path', () => {
    for (const history of sideStates()) expect(mismatches(given(history).state)).toEqual([]);
  });

  it('agrees with decide on cases driven to random states', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }), (picks) => {
        expect(mismatches(stateAfter(picks))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('offers nothing on an erased case', () => {
    const state = given([...historyTo.matching(), sampleCommands.erase()]).state;
    for (const user of users) expect(availableCommands(state, user)).toEqual([]);
  });

  it('offers the sending caseworker consent and submission on a draft, and nothing to an outsider', () => {
    const draft = given(historyTo.draft()).state;
    const sending = { organisationId: actors.sending.organisationId, userId: actors.sending.userId };
    expect(availableCommands(draft, { ...sending, roles: ['caseworker'] })).toEqual([
      'RecordConsent',
      'WithdrawConsent',
      'AbortRelocation',
      'AddHouseholdMember',
    ]);
    const consented = given(historyTo.consented()).state;
    expect(availableCommands(consented, { ...sending, roles: ['caseworker'] })).toContain('SubmitRelocation');
    const outsider = actors.outsider;
    expect(availableCommands(consented, { ...outsider, roles: [outsider.role] })).toEqual([]);
  });

  it('acts as supervisor when the user holds both roles', () => {
    expect(roleFor(['caseworker', 'supervisor'], 'AbortRelocation')).toBe('supervisor');
    expect(roleFor(['caseworker', 'supervisor'], 'AssignHandler')).toBe('supervisor');
    expect(roleFor(['auditor'], 'AbortRelocation')).toBe('auditor');
  });
});
