import type { RelocationState } from '../state/state.ts';
import { handlerRuleAllows, isAssignedHandler, type CaseUser } from './handlerAccess.ts';
import { participationOf, type Participation } from './participation.ts';
import { canSee } from './visibilityMatrix.ts';

/**
 * Who may know of a case at all, per organisation: those whose participation the need-to-know matrix grants the
 * workflow (`participationOf` folds consent and declines in). The same rule says who may list the case, who is told
 * of its events (the notification audience) and whose users may read it (`caseAccessOf`). A municipality that
 * declined, a party the consent no longer covers, the auditor and services are outside.
 */
export function organisationSeesCase(state: RelocationState, organisationId: string): boolean {
  return canSee(participationOf(state, organisationId), 'workflow');
}

/**
 * Who may read a case, per user: their organisation sees it (`organisationSeesCase`) and, inside a municipality,
 * they are an assigned handler or a supervisor (`handlerRuleAllows`). The organisation's participation, or
 * undefined for "the case does not exist for you" (404). A protected identity is withheld on top of this
 * (`identityWithheld`).
 */
export function caseAccessOf(state: RelocationState, user: CaseUser): Participation | undefined {
  const participation = participationOf(state, user.organisationId);
  if (!canSee(participation, 'workflow')) return undefined;
  return handlerRuleAllows(state, user) ? participation : undefined;
}

/**
 * Protected personal data (sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter): the identity is
 * shown only to the users assigned to the case, whatever their organisation's view grants. Supervisors, the police
 * and the coordinator who are not assigned see the case without it. A case without the flag (or folded before it
 * existed) is not withheld.
 */
export function identityWithheld(
  state: RelocationState,
  callerOrganisationId: string,
  callerUserId: string | undefined,
): boolean {
  return memberIdentityWithheld(
    state,
    { protectedIdentity: state.protectedIdentity === true },
    callerOrganisationId,
    callerUserId,
  );
}

/**
 * A member of the household with protected personal data is withheld exactly as the principal person is: only the
 * users assigned to the case see their identity (docs/design.md §3.2, §5).
 */
export function memberIdentityWithheld(
  state: RelocationState,
  member: { readonly protectedIdentity: boolean },
  callerOrganisationId: string,
  callerUserId: string | undefined,
): boolean {
  if (!member.protectedIdentity) return false;
  return callerUserId === undefined || !isAssignedHandler(state, callerOrganisationId, callerUserId);
}
