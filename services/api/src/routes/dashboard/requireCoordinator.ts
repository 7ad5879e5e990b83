import { coordinatorOrganisationId } from '@relocation/domain';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors/apiError.ts';

/**
 * The dashboard is the national coordinator's. Other authenticated callers get 403 FORBIDDEN_FOR_ROLE, not 404:
 * the endpoint concerns no particular case, so refusing it reveals nothing about any case (docs/design.md §5 keeps
 * 404 for cases a party is outside of). Each party sees its own overdue work through /v1/relocations?stalled=true.
 */
export function requireCoordinator(request: FastifyRequest): void {
  const principal = principalOf(request);
  if (principal.organisationId !== coordinatorOrganisationId || !principal.roles.includes('coordinator')) {
    throw new ApiError(403, 'FORBIDDEN_FOR_ROLE', 'Only the national coordinator may read the dashboard.');
  }
}
