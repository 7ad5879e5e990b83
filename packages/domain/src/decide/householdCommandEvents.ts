import type { CommandOf } from '../commands/command.ts';
import { defaultDeadlinePolicy } from '../deadlines/policy.ts';
import { domainError } from '../errors.ts';
import type { DomainErrorCode } from '../errors.ts';
import type { EventType } from '../events/eventData.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import type { SealableJson } from '../schemas/sealed.ts';
import { ageInYear, childrenOf } from '../state/householdMember.ts';
import type { HouseholdMember } from '../state/householdMember.ts';
import type { RelocationState } from '../state/state.ts';
import { swedishDateOf } from '../calendar/index.ts';
import type { DecideContext } from './decideContext.ts';
import type { Drafts } from './commandEvents.ts';

export type HouseholdCommand =
  | CommandOf<'AddHouseholdMember'>
  | CommandOf<'RemoveHouseholdMember'>
  | CommandOf<'RecordChildView'>
  | CommandOf<'RecordChildImpactAssessment'>
  | CommandOf<'RecordChildPlacementApplication'>
  | CommandOf<'RecordChildPlacementDecision'>
  | CommandOf<'RecordSchoolPlacement'>;

/** The refusals of the household commands (docs/design.md §3.2), for the model tests and the docs. */
export const householdCodes: readonly DomainErrorCode[] = [
  'MEMBER_ALREADY_ADDED',
  'MEMBER_NOT_FOUND',
  'MEMBER_AGE_MISMATCH',
  'MEMBER_NOT_A_CHILD',
  'COURT_APPLICATION_NOT_NEEDED',
  'COURT_APPLICATION_MISSING',
  'SCHOOL_PLACEMENT_NOT_REQUIRED',
];

/** From this age (in the year the child is heard) a child's own wishes carry weight (docs/design.md §3.2). */
export const ownWishesFromAge = 15;

const refuse = (code: DomainErrorCode, message: string): Drafts => ({
  ok: false,
  error: domainError(code, message),
});
const ok = (...drafts: EventDraft[]): Drafts => ({ ok: true, drafts });

/**
 * Full years of age on a date (YYYY-MM-DD) of the person with this personnummer (12 digits, the form the schema
 * normalises to; a samordningsnummer's day is the birth day + 60).
 */
export function ageOn(personalIdentityNumber: string, date: string): number {
  const digits = personalIdentityNumber.replace(/\D/g, '');
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const rawDay = Number(digits.slice(6, 8));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const birthdayPassed = m > month || (m === month && d >= day);
  return y - year - (birthdayPassed ? 0 : 1);
}

function memberOf(state: RelocationState, memberId: string): HouseholdMember | undefined {
  return state.householdMembers.find((m) => m.memberId === memberId);
}

function childOf(state: RelocationState, memberId: string): HouseholdMember | Drafts {
  const member = memberOf(state, memberId);
  if (member === undefined) {
    return refuse('MEMBER_NOT_FOUND', 'No member of the household on this case has this id.');
  }
  if (member.role !== 'child')
    return refuse('MEMBER_NOT_A_CHILD', 'This member of the household is an adult.');
  return member;
}

const isDrafts = (value: HouseholdMember | Drafts): value is Drafts => 'ok' in value;

/**
 * The household's members and children (docs/design.md §3.2). Every identity, consent reference, child's view,
 * impact assessment and court reference is sealed; plain stay the member's id and role, a child's birth year, the
 * protection flag, the guardian consent status, dates, the court's outcome and the assessment's stage.
 */
export function householdCommandEvents(
  command: HouseholdCommand,
  state: RelocationState,
  context: DecideContext,
): Drafts {
  const seal = (field: `${EventType}.${string}`, value: SealableJson) =>
    context.seal(command.relocationId, field, value);
  const today = swedishDateOf(context.now);
  switch (command.type) {
    case 'AddHouseholdMember': {
      const { role, person, consent } = command.payload;
      const memberId = command.payload.memberId ?? context.newId();
      if (memberOf(state, memberId) !== undefined) {
        return refuse(
          'MEMBER_ALREADY_ADDED',
          'A member of the household with this id is already on the case.',
        );
      }
      const age = ageOn(person.personalIdentityNumber, today);
      if (role === 'child' ? age >= 18 || age < 0 : age < 18) {
        return refuse(
          'MEMBER_AGE_MISMATCH',
          role === 'child'
            ? 'By the personnummer this person is not a child (under 18) today.'
            : 'By the personnummer this person is under 18: add them as a child.',
        );
      }
      const birthYear = Number(person.personalIdentityNumber.replace(/\D/g, '').slice(0, 4));
      const { kind, ...consentFacts } = consent;
      const added: EventDraft = {
        type: 'HouseholdMemberAdded',
        data: {
          memberId,
          role,
          birthYear: role === 'child' ? birthYear : null,
          protectedIdentity: person.protectionLevel !== 'none',
          guardianConsent:
            role === 'child' ? (kind === 'guardianMissing' ? 'missing' : 'allGuardians') : null,
          identity: seal('HouseholdMemberAdded.identity', { ...person }),
          consent: seal('HouseholdMemberAdded.consent', { kind, ...consentFacts }),
        },
      };
      // A school-age child named after arrival owes a school placement too.
      if (role !== 'child' || state.arrivedOn === null) return ok(added);
      const withChild: RelocationState = {
        ...state,
        householdMembers: [
          ...state.householdMembers,
          {
            memberId,
            role,
            birthYear,
            protectedIdentity: false,
            guardianConsent: null,
            identity: null,
            court: 'none',
            impactAssessed: false,
            impactAssessedForAcceptance: false,
            viewRecorded: false,
            schoolPlacement: 'notRequired',
          },
        ],
      };
      return ok(
        added,
        ...schoolPlacementsOwed(withChild, today, context).filter(
          (draft) => draft.type === 'SchoolPlacementRequired' && draft.data.memberId === memberId,
        ),
      );
    }
    case 'RemoveHouseholdMember':
      if (memberOf(state, command.payload.memberId) === undefined) {
        return refuse('MEMBER_NOT_FOUND', 'No member of the household on this case has this id.');
      }
      return ok({ type: 'HouseholdMemberRemoved', data: { memberId: command.payload.memberId } });
    case 'RecordChildView': {
      const child = childOf(state, command.payload.memberId);
      if (isDrafts(child)) return child;
      const { heardOn, view } = command.payload;
      const age = ageInYear(child.birthYear ?? 0, Number(heardOn.slice(0, 4)));
      return ok({
        type: 'ChildViewRecorded',
        data: {
          memberId: child.memberId,
          heardOn,
          weight: age >= ownWishesFromAge ? 'ownWishesCarryWeight' : 'heardAsMaturityAllows',
          view: seal('ChildViewRecorded.view', view),
        },
      });
    }
    case 'RecordChildImpactAssessment': {
      const child = childOf(state, command.payload.memberId);
      if (isDrafts(child)) return child;
      const { bestInterests, school, contactWithOtherParent, health } = command.payload;
      return ok({
        type: 'ChildImpactAssessmentRecorded',
        data: {
          memberId: child.memberId,
          // Made while a proposal waits for its answer, it is the assessment before acceptance.
          stage: state.proposedMunicipality === null ? 'beforeProposal' : 'beforeAcceptance',
          assessment: seal('ChildImpactAssessmentRecorded.assessment', {
            bestInterests,
            school,
            contactWithOtherParent,
            health,
          }),
        },
      });
    }
    case 'RecordChildPlacementApplication': {
      const child = childOf(state, command.payload.memberId);
      if (isDrafts(child)) return child;
      if (child.guardianConsent !== 'missing' || child.court === 'placementAllowed') {
        return refuse(
          'COURT_APPLICATION_NOT_NEEDED',
          'Every guardian has consented, or the court has already allowed the placement.',
        );
      }
      if (child.court === 'applied') {
        return refuse('COURT_APPLICATION_NOT_NEEDED', 'An application for this child is already pending.');
      }
      return ok({
        type: 'ChildPlacementApplicationRecorded',
        data: {
          memberId: child.memberId,
          appliedOn: command.payload.appliedOn,
          reference: seal('ChildPlacementApplicationRecorded.reference', command.payload.courtReference),
        },
      });
    }
    case 'RecordChildPlacementDecision': {
      const child = childOf(state, command.payload.memberId);
      if (isDrafts(child)) return child;
      if (child.court !== 'applied') {
        return refuse(
          'COURT_APPLICATION_MISSING',
          'Record the application to the administrative court for this child first.',
        );
      }
      return ok({
        type: 'ChildPlacementDecisionRecorded',
        data: {
          memberId: child.memberId,
          decidedOn: command.payload.decidedOn,
          outcome: command.payload.outcome,
          reference: seal('ChildPlacementDecisionRecorded.reference', command.payload.courtReference),
        },
      });
    }
    case 'RecordSchoolPlacement': {
      const child = childOf(state, command.payload.memberId);
      if (isDrafts(child)) return child;
      if (child.schoolPlacement !== 'required') {
        return refuse(
          'SCHOOL_PLACEMENT_NOT_REQUIRED',
          'No school placement is owed for this child (not of school age, not arrived, or already placed).',
        );
      }
      return ok({
        type: 'SchoolPlacementRecorded',
        data: { memberId: child.memberId, startsOn: command.payload.startsOn },
      });
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/**
 * The school placements arrival owes (docs/design.md §3.2): one per child whose age in the year of arrival lies in
 * the policy's school age.
 */
export function schoolPlacementsOwed(
  state: RelocationState,
  arrivedOn: string,
  context: DecideContext,
): EventDraft[] {
  const { from, to } = (context.deadlinePolicy ?? defaultDeadlinePolicy).schoolAge;
  const year = Number(arrivedOn.slice(0, 4));
  return childrenOf(state.householdMembers)
    .filter((child) => child.birthYear !== null && child.schoolPlacement === 'notRequired')
    .filter((child) => {
      const age = ageInYear(child.birthYear ?? year, year);
      return age >= from && age <= to;
    })
    .map((child) => ({ type: 'SchoolPlacementRequired', data: { memberId: child.memberId } }));
}
