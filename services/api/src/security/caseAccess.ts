import { caseRolesOf, type Principal } from '@relocation/access';
import { handlerRuleAllows, type CaseUser, type Participation } from '@relocation/domain';
import { participationFor, type CaseRecord } from '@relocation/read-models';

/**
 * The one place the read side decides whether a caller sees a case: its organisation must take part
 * (`participationFor`: consent, declines and the stored state folded in) and, inside a municipality, the caller
 * must be an assigned handler of the case or a supervisor (`handlerRuleAllows`). Undefined means "answer 404".
 * Commands get the same rule from the domain's `authorize`.
 */
export function caseAccessFor(record: CaseRecord, principal: Principal): Participation | undefined {
  const user = caseUserOf(principal);
  if (user === undefined) return undefined;
  const participation = participationFor(record, principal.organisationId);
  if (participation === undefined) return undefined;
  return handlerRuleAllows(record.state, user) ? participation : undefined;
}

/**
 * The caller as the case rules see them: only the roles that work on cases. Undefined for a principal without any
 * (the provider register's administrator): it is outside every case, so its case reads answer 404.
 */
export function caseUserOf(principal: Principal): CaseUser | undefined {
  const roles = caseRolesOf(principal.roles);
  if (roles.length === 0) return undefined;
  return { organisationId: principal.organisationId, userId: principal.userId, roles };
}
