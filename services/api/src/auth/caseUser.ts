import type { Principal, Role } from '@relocation/access';
import type { CaseUser, Role as CaseRole } from '@relocation/domain';

const caseRoles: ReadonlySet<string> = new Set<Role & CaseRole>([
  'caseworker',
  'supervisor',
  'police',
  'coordinator',
  'auditor',
]);

const isCaseRole = (role: Role): role is Role & CaseRole => caseRoles.has(role);

/**
 * The caller as the domain's case rules see it: the token's roles that work cases. `researcher` is not one of
 * them: a researcher sees the published statistics only, so for every case rule (participation, handler rule,
 * commands) the researcher holds no role at all.
 */
export function caseUserOf(principal: Principal): CaseUser {
  return {
    organisationId: principal.organisationId,
    userId: principal.userId,
    roles: principal.roles.filter(isCaseRole),
  };
}
