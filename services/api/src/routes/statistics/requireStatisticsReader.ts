import { coordinatorOrganisationId } from '@relocation/domain';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors/apiError.ts';

/**
 * The published statistics are for the national coordinator's office: its coordinators and researchers. Anyone
 * else gets 403 FORBIDDEN_FOR_ROLE (no case is concerned, so refusing reveals nothing about one).
 */
export function requireStatisticsReader(request: FastifyRequest): void {
  const principal = principalOf(request);
  const reader = principal.roles.includes('coordinator') || principal.roles.includes('researcher');
  if (principal.organisationId !== coordinatorOrganisationId || !reader) {
    throw new ApiError(
      403,
      'FORBIDDEN_FOR_ROLE',
      'Only the national coordinator and its researchers may read the statistics.',
    );
  }
}
