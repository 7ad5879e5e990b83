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
