import { identityWithheld, isAssignedHandler, type RelocationState } from '@relocation/domain';
import type { View } from './viewFor.ts';

/**
 * Who sees that the identity changed (fingerade personuppgifter, docs/design.md §5): the identity change events,
 * the identities before the current one, the decision dates. Only a user assigned to the case whose organisation
 * sees the identity. Everyone else who sees the identity sees the current one only, without a trace of the change;
 * whoever does not see the identity sees nothing of it either. (An assumed identity is protected, so today the two
 * groups coincide; the rule is kept apart so that it holds whatever the protection rule becomes.)
 */
export function identityTrailVisible(
  view: View,
  state: RelocationState,
  callerOrganisationId: string,
  callerUserId: string | undefined,
): boolean {
  if (!view.sees('identity') || callerUserId === undefined) return false;
  if (identityWithheld(state, callerOrganisationId, callerUserId)) return false;
  return isAssignedHandler(state, callerOrganisationId, callerUserId);
}
