import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import { actors, command, historyTo, sampleCommands } from '../testing/fixtures.ts';
import { given } from '../testing/given.ts';
import {
  caseAccessOf,
  identityWithheld,
  memberIdentityWithheld,
  organisationSeesCase,
} from './caseAccess.ts';

const stateAfter = (commands: readonly Command[]) => given(commands).state;
const userOf = (actor: Command['actor']) => ({
  organisationId: actor.organisationId,
  userId: actor.userId,
  roles: [actor.role],
});

describe('organisationSeesCase', () => {
  it('admits the parties of the case and nobody else', () => {
    const state = stateAfter(historyTo.destinationClearance());
    for (const actor of [
      actors.sending,
      actors.receiving,
      actors.police,
      actors.receivingPolice,
      actors.coordinator,
    ])
      expect(organisationSeesCase(state, actor.organisationId)).toBe(true);
    for (const actor of [actors.outsider, actors.auditor, actors.monitor, actors.operator, actors.declining])
      expect(organisationSeesCase(state, actor.organisationId)).toBe(false);
    expect(organisationSeesCase(state, 'police:syd')).toBe(false);
  });

  it('drops a municipality that declined, and the parties the consent no longer covers', () => {
    const declined = stateAfter([
      ...historyTo.matching(),
      sampleCommands.proposeDeclining(),
      sampleCommands.decline(),
    ]);
    expect(organisationSeesCase(declined, actors.declining.organisationId)).toBe(false);
    const withdrawn = stateAfter([
      ...historyTo.matching(),
      command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-05' }),
    ]);
    expect(organisationSeesCase(withdrawn, actors.sending.organisationId)).toBe(true);
    expect(organisationSeesCase(withdrawn, actors.coordinator.organisationId)).toBe(false);
    expect(organisationSeesCase(withdrawn, actors.police.organisationId)).toBe(false);
  });
});

describe('caseAccessOf', () => {
  const state = stateAfter(historyTo.destinationClearance());

  it('gives a party its participation', () => {
    expect(caseAccessOf(state, userOf(actors.sending))).toBe('sending');
    expect(caseAccessOf(state, userOf(actors.receiving))).toBe('acceptedReceiving');
    expect(caseAccessOf(state, userOf(actors.police))).toBe('police');
    expect(caseAccessOf(state, userOf(actors.coordinator))).toBe('coordinator');
  });

  it('inside a municipality admits only assigned handlers and supervisors', () => {
    expect(caseAccessOf(state, userOf(actors.sendingColleague))).toBeUndefined();
    expect(caseAccessOf(state, userOf(actors.sendingSupervisor))).toBe('sending');
    const assigned = stateAfter([...historyTo.destinationClearance(), sampleCommands.assignColleague()]);
    expect(caseAccessOf(assigned, userOf(actors.sendingColleague))).toBe('sending');
  });

  it('refuses whoever is not a party, whatever their role', () => {
    for (const actor of [actors.outsider, actors.auditor, actors.monitor, actors.declining])
      expect(caseAccessOf(state, userOf(actor))).toBeUndefined();
    expect(
      caseAccessOf(state, { ...userOf(actors.sending), organisationId: 'municipality:1280' }),
    ).toBeUndefined();
  });
});

/** The sample case with a protected identity (skyddad folkbokföring). */
const protectedCase = (extra: readonly Command[] = []) =>
  stateAfter([
    ...historyTo.destinationClearance().map((c) =>
      c.type === 'InitiateRelocation'
        ? {
            ...c,
            payload: {
              ...c.payload,
              person: { ...c.payload.person, protectionLevel: 'protectedRegistration' },
            },
          }
        : c,
    ),
    ...extra,
  ] as Command[]);

describe('identityWithheld (docs/design.md §3.5, §5)', () => {
  it('shows a protected identity only to the named police handlers of a region, the pseudonym to other staff', () => {
    const named = protectedCase([
      command('AssignHandler', actors.police, { userId: 'officer-1' }),
      command('AssignHandler', actors.receivingPolice, { userId: 'officer-2' }),
    ]);
    expect(identityWithheld(named, 'police:stockholm', 'officer-1')).toBe(false);
    expect(identityWithheld(named, 'police:nord', 'officer-2')).toBe(false);
    expect(identityWithheld(named, 'police:stockholm', actors.police.userId)).toBe(true);
    // A handler is named per region: officer-1 of Stockholm is nobody in region Nord.
    expect(identityWithheld(named, 'police:nord', 'officer-1')).toBe(true);
    const unnamed = protectedCase();
    expect(identityWithheld(unnamed, 'police:stockholm', actors.police.userId)).toBe(true);
  });

  it('withholds from a supervisor and a caller without a user id, never in a case without the flag', () => {
    const state = protectedCase();
    expect(identityWithheld(state, actors.sending.organisationId, actors.sending.userId)).toBe(false);
    expect(identityWithheld(state, actors.sending.organisationId, actors.sendingSupervisor.userId)).toBe(
      true,
    );
    expect(identityWithheld(state, actors.sending.organisationId, undefined)).toBe(true);
    const plain = stateAfter(historyTo.destinationClearance());
    expect(identityWithheld(plain, actors.coordinator.organisationId, actors.coordinator.userId)).toBe(false);
  });

  it('withholds a protected household member exactly as the person', () => {
    const state = stateAfter(historyTo.destinationClearance());
    const { sending, sendingSupervisor } = actors;
    expect(
      memberIdentityWithheld(state, { protectedIdentity: true }, sending.organisationId, sending.userId),
    ).toBe(false);
    expect(
      memberIdentityWithheld(
        state,
        { protectedIdentity: true },
        sending.organisationId,
        sendingSupervisor.userId,
      ),
    ).toBe(true);
    expect(
      memberIdentityWithheld(
        state,
        { protectedIdentity: false },
        sending.organisationId,
        sendingSupervisor.userId,
      ),
    ).toBe(false);
  });
});
