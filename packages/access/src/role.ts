import { z } from 'zod';
import type { OrganisationKind } from './organisation.ts';

export const roles = [
  'caseworker',
  'supervisor',
  'police',
  'coordinator',
  'researcher',
  'auditor',
  'administrator',
] as const;
export type Role = (typeof roles)[number];

/**
 * The roles that work on cases. The others (the `administrator` of the provider register) see no case: a
 * principal holding none of these is outside every case, whatever its organisation.
 */
export const caseRoles = ['caseworker', 'supervisor', 'police', 'coordinator', 'auditor'] as const;
export type CaseRole = (typeof caseRoles)[number];

export const isCaseRole = (role: Role): role is CaseRole => (caseRoles as readonly string[]).includes(role);

/** The principal's roles that work on cases (empty for an administrator only). */
export const caseRolesOf = (given: readonly Role[]): CaseRole[] => given.filter(isCaseRole);

export const roleSchema = z.enum(roles, { error: `a role is one of ${roles.join(', ')}` });

/** True when the roles allow nothing but the published statistics: the API answers no case to such a caller. */
export const isStatisticsOnly = (given: readonly Role[]): boolean =>
  given.length > 0 && given.every((role) => role === 'researcher');

/** Which roles each kind of organisation may hand out (docs/design.md §2). */
export const rolesForOrganisationKind = (kind: OrganisationKind): readonly Role[] => {
  switch (kind) {
    case 'municipality':
      return ['caseworker', 'supervisor'];
    case 'police':
      return ['police'];
    case 'coordinator':
      // A researcher sees the published statistics only, never a case; an administrator keeps the provider register.
      return ['coordinator', 'researcher', 'administrator'];
    case 'audit':
      return ['auditor'];
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
};

/** Why the roles do not fit the organisation kind; empty when they do. */
export const roleProblems = (
  kind: OrganisationKind,
  organisationId: string,
  given: readonly Role[],
): string[] => {
  const allowed = rolesForOrganisationKind(kind);
  const problems: string[] = [];
  if (given.length === 0) problems.push('at least one role is required');
  if (new Set(given).size !== given.length) problems.push('a role is listed more than once');
  for (const role of given) {
    if (!allowed.includes(role)) {
      problems.push(
        `role '${role}' does not fit organisation '${organisationId}' (a ${kind} organisation may hold: ${allowed.join(', ')})`,
      );
    }
  }
  return problems;
};
