import type { DashboardQueries } from '@relocation/read-models';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, errorResponses } from '../../errors/errorBodySchema.ts';
import { noteCaseRead } from '../../security/caseReads.ts';
import {
  householdQuerySchema,
  householdRelocationsSchema,
  overviewSchema,
  stalledListSchema,
  stalledQuerySchema,
  transferListSchema,
  transferQuerySchema,
} from './dashboardSchemas.ts';
import { requireCoordinator } from './requireCoordinator.ts';

export interface DashboardRoutesOptions {
  readonly dashboard: DashboardQueries;
  /** "Stalled" is evaluated against this clock at query time, so the list is right even if the monitor is late. */
  readonly clock: () => Date;
}

const errors = errorResponses(...authenticatedErrors, 403);

/** The national coordinator's dashboard. Register inside the authenticated /v1 scope. */
export const dashboardRoutes: FastifyPluginAsyncZod<DashboardRoutesOptions> = async (app, options) => {
  const { dashboard, clock } = options;

  app.get(
    '/v1/dashboard/stalled',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Stalled cases, most severe first: state, whom the case waits for, business days overdue, escalation ' +
          'level and urgency (coordinator only)',
        security: [{ bearer: [] }],
        querystring: stalledQuerySchema,
        response: { 200: stalledListSchema, ...errors },
      },
    },
    async (request) => {
      requireCoordinator(request);
      const { county, policeRegion, organisation, limit } = request.query;
      const now = clock();
      const cases = await dashboard.stalledCases({
        now,
        limit,
        ...(county === undefined ? {} : { countyCode: county }),
        ...(policeRegion === undefined ? {} : { policeRegion }),
        ...(organisation === undefined ? {} : { organisationId: organisation }),
      });
      // Each entry reveals a case to the coordinator: it goes to the access log like any list entry.
      for (const entry of cases) noteCaseRead(request, entry.relocationId, 'list');
      return { now: now.toISOString(), cases };
    },
  );

  app.get(
    '/v1/dashboard/transfers',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Open transfers of cases (överflyttning) and IVO matters with their dates, requests without answer and ' +
          'overdue IVO decisions first (coordinator only)',
        security: [{ bearer: [] }],
        querystring: transferQuerySchema,
        response: { 200: transferListSchema, ...errors },
      },
    },
    async (request) => {
      requireCoordinator(request);
      const now = clock();
      const transfers = await dashboard.transferMatters(now, request.query.limit);
      for (const entry of transfers) noteCaseRead(request, entry.relocationId, 'list');
      return { now: now.toISOString(), transfers };
    },
  );

  app.get(
    '/v1/dashboard/households',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Relocations per household and per year: renewed relocations after a compromised location, and the ' +
          'households relocated more than once with their linked cases (coordinator only)',
        security: [{ bearer: [] }],
        querystring: householdQuerySchema,
        response: { 200: householdRelocationsSchema, ...errors },
      },
    },
    async (request) => {
      requireCoordinator(request);
      const result = await dashboard.householdRelocations(request.query.limit);
      for (const household of result.households) {
        for (const entry of household.cases) noteCaseRead(request, entry.relocationId, 'list');
      }
      return {
        years: [...result.years],
        households: result.households.map((household) => ({
          ...household,
          byYear: [...household.byYear],
          cases: [...household.cases],
        })),
      };
    },
  );

  app.get(
    '/v1/dashboard/overview',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Cases per state and urgency, median and 90th-percentile time per stage over the last twelve months, ' +
          'open cases per county (coordinator only)',
        security: [{ bearer: [] }],
        response: { 200: overviewSchema, ...errors },
      },
    },
    async (request) => {
      requireCoordinator(request);
      const overview = await dashboard.overview(clock());
      return {
        ...overview,
        byState: [...overview.byState],
        stageDurations: [...overview.stageDurations],
        openByCounty: [...overview.openByCounty],
      };
    },
  );
};
