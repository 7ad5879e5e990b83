import { isAssignedHandler, type RelocationState } from '@relocation/domain';

/**
 * Protected personal data (sekretessmarkering, skyddad folkbokföring): the identity is shown only to the users
 * assigned to the case, whatever their organisation's view grants. Supervisors, the police and the coordinator who
 * are not assigned see the case without it. A case without the flag (or folded before it existed) is not withheld.
 */
export function identityWithheld(
  state: RelocationState,
  callerOrganisationId: string,
  callerUserId: string | undefined,
): boolean {
  if (state.protectedIdentity !== true) return false;
  return callerUserId === undefined || !isAssignedHandler(state, callerOrganisationId, callerUserId);
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
