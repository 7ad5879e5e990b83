import { caseRolesOf, type Principal } from '@relocation/access';
import { caseAccessOf, type CaseUser, type Participation } from '@relocation/domain';
import type { CaseRecord } from '@relocation/read-models';

/**
 * Whether a caller sees a case, by the domain's `caseAccessOf` on the stored state: its organisation must take part
 * (consent and declines folded in) and, inside a municipality, the caller must be an assigned handler of the case
 * or a supervisor. Undefined means "answer 404". The command side asks the same rule.
 */
export function caseAccessFor(record: CaseRecord, principal: Principal): Participation | undefined {
  const user = caseUserOf(principal);
  if (user === undefined) return undefined;
  return caseAccessOf(record.state, user);
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
