/**
 * Need to know per member of the household (docs/design.md §3.2, §5), as a property: whatever the family, the stage
 * of the case and who asks, a member's name and personnummer reach the case view and the history only of a party the
 * matrix lets see identities (the sending municipality, the receiving one after it accepted, the police), and for a
 * protected member only an assigned handler of it; everyone else sees the member's pseudonym and plain facts.
 */
import {
  decide,
  evolve,
  initialState,
  isAssignedHandler,
  type Command,
  type DomainEvent,
  type SealedEnvelope,
} from '@relocation/domain';
import { actors, command, fakeUnseal, historyTo, testContext } from '@relocation/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyToCase } from '../projector/applyToCase.ts';
import type { CaseRecord } from '../projector/caseRecord.ts';
import { historyEntryOf, type HistoryEntry } from '../queries/caseHistory.ts';
import { caseViewFor } from './caseViewFor.ts';
import { historyViewFor } from './historyViewFor.ts';
import { participationFor } from './participationFor.ts';

const open = async (envelope: SealedEnvelope) => ({ value: fakeUnseal(envelope) });

/** A valid 12-digit personnummer for a birth date and a serial (Luhn over the 10-digit form). */
function personnummer(date: string, serial: number): string {
  const body = `${date.slice(2)}${String(serial).padStart(3, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => {
    const product = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return acc + Math.floor(product / 10) + (product % 10);
  }, 0);
  return `${date}${String(serial).padStart(3, '0')}${(10 - (sum % 10)) % 10}`;
}

const stages = ['draft', 'matching', 'awaitingReceiverDecision', 'destinationClearance', 'followUp'] as const;
const officer = { userId: 'officer-named', organisationId: 'police:stockholm', role: 'police' } as const;
const callers = [
  actors.sending,
  actors.sendingSupervisor,
  actors.receiving,
  actors.police,
  officer,
  actors.coordinator,
  actors.auditor,
  actors.outsider,
] as const;

const memberArbitrary = fc.record({
  child: fc.boolean(),
  protectionLevel: fc.constantFrom(
    'none',
    'confidentialAddress',
    'protectedRegistration',
    'assumedIdentity' as const,
  ),
});

/** Folds commands through decide into the read model's record and history, as the projector does. */
function project(commands: readonly Command[]) {
  const context = testContext();
  let state = initialState();
  let record: CaseRecord | undefined;
  const entries: HistoryEntry[] = [];
  for (const next of commands) {
    const decision = decide(next, state, context);
    if (!decision.ok) throw new Error(`${next.type}: ${decision.error.code}`);
    for (const event of decision.events as DomainEvent[]) {
      const at = {
        relocationId: next.relocationId,
        streamName: `relocation-${next.relocationId}`,
        revision: state.revision + 1,
        position: BigInt(entries.length + 1),
      };
      record = applyToCase(record, event, at) ?? record;
      entries.push(historyEntryOf(event, at));
      state = evolve(state, event);
    }
  }
  if (record === undefined) throw new Error('nothing projected');
  return { record, entries };
}

/** The matrix of docs/design.md §5 for identities, per member, written out rather than asked of the code. */
function mayKnow(record: CaseRecord, caller: (typeof callers)[number], protectedMember: boolean): boolean {
  const state = record.state;
  const org = caller.organisationId;
  const sees =
    org === actors.sending.organisationId ||
    // The police know a case from its submission on.
    (org.startsWith('police:') && state.status !== 'draft') ||
    (org === actors.receiving.organisationId && state.acceptedMunicipality === '2480');
  if (!sees) return false;
  return !protectedMember || isAssignedHandler(state, org, caller.userId);
}

describe('household members by need to know', () => {
  it('no member’s identity reaches a party that may not see it; the parties that may, see it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...stages),
        fc.array(memberArbitrary, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...callers),
        async (stage, family, caller) => {
          const members = family.map((member, i) => ({
            ...member,
            name: `Medlem${i}Xq${stage.length}`,
            pnr: personnummer(member.child ? '20140612' : '19850312', 100 + i),
          }));
          const adds = members.map((member, i) =>
            command('AddHouseholdMember', actors.sending, {
              memberId: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
              role: member.child ? 'child' : 'adult',
              person: {
                name: member.name,
                personalIdentityNumber: member.pnr,
                protectionLevel: member.protectionLevel,
              },
              consent: member.child
                ? { kind: 'allGuardians', consentDate: '2026-03-02', documentReference: 'VH-1' }
                : { kind: 'own', consentDate: '2026-03-02', documentReference: 'S-1' },
            }),
          );
          const path = historyTo[stage]();
          const naming =
            stage === 'draft' ? [] : [command('AssignHandler', actors.police, { userId: officer.userId })];
          const { record, entries } = project([...path, ...naming, ...adds]);
          const participation = participationFor(record, caller.organisationId);
          if (participation === undefined) {
            // No view at all: the API answers 404 (services/api's security tests).
            expect(mayKnow(record, caller, false)).toBe(false);
            return;
          }
          const view = JSON.stringify(
            await caseViewFor({
              record,
              participation,
              callerOrganisationId: caller.organisationId,
              callerUserId: caller.userId,
              open,
              now: new Date('2026-03-10T09:00:00Z'),
            }),
          );
          const history = JSON.stringify(
            await historyViewFor({
              entries,
              state: record.state,
              participation,
              callerOrganisationId: caller.organisationId,
              callerUserId: caller.userId,
              open,
            }),
          );
          for (const member of members) {
            const allowed = mayKnow(record, caller, member.protectionLevel !== 'none');
            for (const text of [view, history]) {
              if (allowed) expect(text).toContain(member.name);
              else {
                expect(text).not.toContain(member.name);
                expect(text).not.toContain(member.pnr);
              }
            }
          }
          // Everyone who sees the household sees each member by pseudonym.
          if (view.includes('"members"')) expect(view.match(/"pseudonym":"M-/g)?.length).toBe(members.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
