import { municipalityCodeOf } from '../schemas/actor.ts';
import type { Role } from '../schemas/actor.ts';
import type { RelocationState } from '../state/state.ts';

/** A user as the handler rule sees them: their organisation, their id (token subject) and their roles. */
export interface CaseUser {
  readonly organisationId: string;
  readonly userId: string;
  readonly roles: readonly Role[];
}

/** Whether the user is assigned to the case in their organisation (HandlerAssigned, or the initiator). */
export function isAssignedHandler(state: RelocationState, organisationId: string, userId: string): boolean {
  // A read model row folded before handlers existed has none: nobody but supervisors is assigned then.
  return (state.handlers ?? []).some((h) => h.organisationId === organisationId && h.userId === userId);
}

/**
 * The handler rule, on top of `participationOf` (which is per organisation): inside a municipality only the
 * handlers assigned to the case and the municipality's supervisors see it; its other caseworkers are outsiders
 * (404). The police and the national coordinator keep access per organisation: their staff work cases by region
 * or nationally and are not assigned per case. The auditor and system services are not case parties.
 */
export function handlerRuleAllows(state: RelocationState, user: CaseUser): boolean {
  if (municipalityCodeOf(user.organisationId) === null) return true;
  if (user.roles.includes('supervisor')) return true;
  return isAssignedHandler(state, user.organisationId, user.userId);
}
