import { isStatisticsOnly } from '@relocation/access';
import type { FastifyRequest } from 'fastify';
import { ApiError, caseNotFound } from '../errors/apiError.ts';
import { principalOf } from './authenticate.ts';

/** The routes a statistics-only caller (the `researcher` role) may reach; everything else under /v1 is refused. */
const STATISTICS_PREFIX = '/v1/statistics';
/** Public reference data (municipalities, counties, police regions) that names no case: the console needs it. */
const REFERENCE_ROUTE = '/v1/municipalities';

/**
 * Deny by default for researchers: a caller whose roles are only `researcher` reaches `/v1/statistics/...` and the
 * reference data (`/v1/municipalities`), nothing else. A route about one case (`/v1/relocations/:id...`) answers
 * 404 like any case the caller is outside of, so it does not tell whether the case exists; any other route answers
 * 403 FORBIDDEN_FOR_ROLE. Runs after authentication, before validation, so it also holds for routes added later.
 */
export function refuseStatisticsOnlyOutsideStatistics(request: FastifyRequest): void {
  const principal = principalOf(request);
  if (!isStatisticsOnly(principal.roles)) return;
  const route = request.routeOptions.url ?? request.url;
  if (route === STATISTICS_PREFIX || route.startsWith(`${STATISTICS_PREFIX}/`) || route === REFERENCE_ROUTE)
    return;
  if (route.startsWith('/v1/relocations/:')) throw caseNotFound();
  throw new ApiError(403, 'FORBIDDEN_FOR_ROLE', 'A researcher sees the published statistics only.');
}
