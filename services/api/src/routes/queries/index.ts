import { coordinatorOrganisationId, counties, municipalities } from '@relocation/domain';
import {
  caseViewFor,
  caseViewSchema,
  historyViewFor,
  historyViewSchema,
  InvalidCursorError,
  lazyOpener,
  type OpenerFor,
  type ReadModels,
} from '@relocation/read-models';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors/apiError.ts';
import { authenticatedErrors, caseQueryErrors, errorResponses } from '../../errors/errorBodySchema.ts';
import { awaitPosition } from '../../queries/awaitPosition.ts';
import { caseParamsSchema, listQuerySchema, readQuerySchema } from '../../queries/querySchemas.ts';
import { visibleCaseAt } from '../../queries/visibleCase.ts';
import { caseAccessFor } from '../../security/caseAccess.ts';
import { noteCaseRead } from '../../security/caseReads.ts';
import { availableActionSchema, availableActionsFor } from '../commands/availableActions.ts';

export interface QueryRoutesOptions {
  readonly readModels: ReadModels;
  /** Opens a case's sealed personal data; throws DATA_KEY_DESTROYED after erasure. */
  readonly openerFor: OpenerFor;
  readonly clock: () => Date;
  /** How long a query with `?minPosition=` waits for the read models before answering 503. */
  readonly readWaitMs: number;
}

const caseListSchema = z.object({ cases: z.array(caseViewSchema), nextCursor: z.string().nullable() });

const municipalitiesSchema = z.object({
  municipalities: z.array(z.object({ code: z.string(), name: z.string(), countyCode: z.string() })),
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
});

/** The case detail: the redacted view plus what the caller may do now. */
const caseDetailSchema = caseViewSchema.extend({
  availableActions: z
    .array(availableActionSchema)
    .describe(
      'The commands you may take on this case now (computed by the domain for your role, organisation, ' +
        'assignment and the case’s state and consent); a command not listed would be refused',
    ),
});

const listErrors = errorResponses(...authenticatedErrors);
const errors = errorResponses(...caseQueryErrors);

/**
 * The read side: case list, case detail and history, each redacted for the caller's participation (docs/design.md
 * §5), and the municipality reference data. Register inside the authenticated /v1 scope: every handler reads
 * `request.principal`.
 */
export const queryRoutes: FastifyPluginAsyncZod<QueryRoutesOptions> = async (app, options) => {
  const { readModels, openerFor, clock, readWaitMs } = options;

  app.get(
    '/v1/relocations',
    {
      schema: {
        tags: ['queries'],
        summary: 'The cases your organisation takes part in, newest first',
        security: [{ bearer: [] }],
        querystring: listQuerySchema,
        response: { 200: caseListSchema, ...listErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const query = request.query;
      await awaitPosition(readModels, query.minPosition, readWaitMs, reply);
      const now = clock();
      const page = await readModels.queries
        .listCases({
          organisationId: principal.organisationId,
          now,
          limit: query.limit,
          ...(query.state === undefined ? {} : { status: query.state }),
          ...(query.urgency === undefined ? {} : { urgency: query.urgency }),
          ...(query.stalled === undefined ? {} : { stalled: query.stalled }),
          // Municipalities and police see the overdue work they owe; the coordinator sees every stalled case.
          ...(principal.organisationId === coordinatorOrganisationId
            ? {}
            : { stalledFor: principal.organisationId }),
          ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
          // The handler rule before paging: no empty page with a cursor that betrays hidden cases.
          visible: (record) => caseAccessFor(record, principal) !== undefined,
        })
        .catch((error: unknown) => {
          if (error instanceof InvalidCursorError) throw new ApiError(400, error.code, error.message);
          throw error;
        });
      const cases = [];
      for (const record of page.cases) {
        // visible_to was computed when the row was written; the stored state decides again here.
        const participation = caseAccessFor(record, principal);
        if (participation === undefined) continue;
        noteCaseRead(request, record.relocationId, 'list');
        cases.push(
          await caseViewFor({
            record,
            participation,
            callerOrganisationId: principal.organisationId,
            callerUserId: principal.userId,
            open: lazyOpener(openerFor, record.relocationId),
            now,
            summary: true,
          }),
        );
      }
      return { cases, nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/relocations/:id',
    {
      schema: {
        tags: ['queries'],
        summary: 'One case, redacted for your organisation',
        security: [{ bearer: [] }],
        params: caseParamsSchema,
        querystring: readQuerySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { record, participation } = await visibleCaseAt(
        readModels,
        request.params.id,
        principal,
        request.query.minPosition,
        readWaitMs,
        reply,
      );
      reply.header('etag', `"${record.state.revision}"`);
      noteCaseRead(request, record.relocationId, 'detail');
      const view = await caseViewFor({
        record,
        participation,
        callerOrganisationId: principal.organisationId,
        callerUserId: principal.userId,
        open: lazyOpener(openerFor, record.relocationId),
        now: clock(),
      });
      return { ...view, availableActions: availableActionsFor(record.state, principal, record.relocationId) };
    },
  );

  app.get(
    '/v1/relocations/:id/history',
    {
      schema: {
        tags: ['queries'],
        summary: 'The audit timeline of one case: every event with actor, time and what changed, redacted',
        security: [{ bearer: [] }],
        params: caseParamsSchema,
        querystring: readQuerySchema,
        response: { 200: historyViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { record, participation } = await visibleCaseAt(
        readModels,
        request.params.id,
        principal,
        request.query.minPosition,
        readWaitMs,
        reply,
      );
      noteCaseRead(request, record.relocationId, 'history');
      const entries = await historyViewFor({
        entries: await readModels.queries.historyOf(record),
        state: record.state,
        participation,
        callerOrganisationId: principal.organisationId,
        callerUserId: principal.userId,
        open: lazyOpener(openerFor, record.relocationId),
      });
      return { relocationId: record.relocationId, entries };
    },
  );

  app.get(
    '/v1/municipalities',
    {
      schema: {
        tags: ['reference'],
        summary: 'The official municipalities (kommunkod, name, county) and counties',
        security: [{ bearer: [] }],
        response: { 200: municipalitiesSchema, ...listErrors },
      },
    },
    async (request) => {
      principalOf(request);
      return { municipalities: [...municipalities], counties: [...counties] };
    },
  );
};
