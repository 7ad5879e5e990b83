import type { CommandType } from '../commands/payloads.ts';
import { commandTypes } from '../commands/payloads.ts';
import type { Actor, Role } from '../schemas/actor.ts';
import { outcomeMonths } from '../schemas/caseFacts.ts';
import type { RelocationState } from '../state/state.ts';
import { childImpactRule, proposalConsentRule } from '../workflow/rules.ts';
import { workflowContextOf } from '../workflow/workflowContext.ts';
import { handlesEvent, workflowStep } from '../workflow/workflowStep.ts';
import { authorize } from './authorize.ts';
import { commandPermissions } from './commandPermissions.ts';
import type { CaseUser } from './handlerAccess.ts';

/**
 * The role a user acts in for a command: one of their roles the command admits, supervisor first (a supervisor is
 * not bound to assigned cases). Without a fitting role, their first role (and `authorize` refuses it by role).
 */
export function roleFor(roles: readonly Role[], type: CommandType): Role | undefined {
  const admitted = roles.filter((candidate) => commandPermissions[type].roles.includes(candidate));
  return (admitted.includes('supervisor') ? 'supervisor' : admitted[0]) ?? roles[0];
}

/** The actor a user is for a command (see `roleFor`); undefined for a user without any role. */
export function actorFor(user: CaseUser, type: CommandType): Actor | undefined {
  const role = roleFor(user.roles, type);
  return role === undefined ? undefined : { userId: user.userId, organisationId: user.organisationId, role };
}

/**
 * Whether the case's state takes the command whatever its body says: the machine handles it here and every guard
 * that judges only the case holds (consent for submission and for a proposal, clearance before arrival, the state a
 * suspended case resumes to, an acute case for a direct placement). Guards that judge the body (which municipality
 * is proposed or placed in, whether the provider or unit may operate) are left to `decide`.
 */
export function stateTakes(state: RelocationState, type: CommandType): boolean {
  if (state.erased) return false;
  if (!handlesEvent(state.status, type)) return false;
  switch (type) {
    case 'InitiateRelocation':
    case 'RecordConsent':
    case 'RecordThreatAssessment':
    case 'EscalateThreat':
      return true;
    case 'AcceptHandover':
      // Every child's impact assessment again before acceptance (docs/design.md §3.2); the plan is in the body.
      return childImpactRule(workflowContextOf(state), 'acceptance') === null;
    case 'PlaceDirectly': {
      // A direct placement shares the case with the destination, and only an acute case is placed directly.
      const context = workflowContextOf(state);
      return context.acute && proposalConsentRule(context) === null;
    }
    case 'RecordOutcome':
      // After arrival, while a month is still owed (which month is the body's: `decide` judges it).
      return (
        state.arrivedOn !== null &&
        (state.outcomesRecorded ?? []).length < outcomeMonths.length &&
        workflowStep(state, { type }).allowed
      );
    case 'ProposeReceivingMunicipality':
      // A proposal also needs every child's impact assessment (docs/design.md §3.2).
      return (
        proposalConsentRule(workflowContextOf(state)) === null &&
        childImpactRule(workflowContextOf(state), 'proposal') === null
      );
    case 'RequestTransfer':
      // Both share the case with another municipality: the person's consent must cover one.
      return proposalConsentRule(workflowContextOf(state)) === null;
    // Which member the body names is for decide; the case must have one the command can name.
    case 'AddHouseholdMember':
      return true;
    case 'RemoveHouseholdMember':
      return state.householdMembers.length > 0;
    case 'RecordChildView':
    case 'RecordChildImpactAssessment':
    case 'RecordChildPlacementApplication':
    case 'RecordChildPlacementDecision':
      return state.householdMembers.some((m) => m.role === 'child');
    case 'RecordSchoolPlacement':
      return state.householdMembers.some((m) => m.schoolPlacement === 'required');
    default:
      return workflowStep(state, { type }).allowed;
  }
}

/**
 * The commands a user may take on a case now, in `commandTypes` order: derived from the same data `decide` checks
 * (`commandPermissions` with participation, consent and the handler rule through `authorize`, and the workflow
 * machine through `stateTakes`), so a command added later is offered where it is allowed without a change here.
 * A command offered here may still be refused for what its body says (a declined municipality, a follow-up
 * already recorded); one not offered is always refused. Pure: the caller passes the state and the user.
 */
export function availableCommands(state: RelocationState, user: CaseUser): readonly CommandType[] {
  return commandTypes.filter((type) => {
    const actor = actorFor(user, type);
    if (actor === undefined) return false;
    return authorize(type, actor, state) === null && stateTakes(state, type);
  });
}
