import type { Command } from '@relocation/domain';
import { actors, command, given, historyTo } from '@relocation/domain/testing';
import { describe, expect, it } from 'vitest';
import { identityWithheld } from './identityWithheld.ts';

/** The sample case with a protected identity (skyddad folkbokföring). */
const protectedCase = (extra: readonly Command[] = []) =>
  given([
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
  ] as Command[]).state;

describe('identityWithheld for the police (docs/design.md §3.5)', () => {
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
});
