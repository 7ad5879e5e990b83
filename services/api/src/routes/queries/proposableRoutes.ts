import { proposableMunicipalities } from '@relocation/domain';
import type { ReadModels } from '@relocation/read-models';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors/apiError.ts';
import { errorBodySchema } from '../../errors/errorBodySchema.ts';
import { awaitPosition } from '../../queries/awaitPosition.ts';
import { caseParamsSchema, readQuerySchema } from '../../queries/querySchemas.ts';
import { visibleCase } from '../../queries/visibleCase.ts';

export interface ProposableRoutesOptions {
  readonly readModels: ReadModels;
  readonly readWaitMs: number;
}

const proposableSchema = z
  .object({
    relocationId: z.string(),
    municipalityCodes: z
      .array(z.string())
      .describe('Kommunkoder a proposal may name now: not sending, excluded, declined or refused'),
  })
  .meta({ id: 'ProposableMunicipalities' });

/**
 * `GET /v1/relocations/:id/proposable-municipalities`: the coordinator's matching helper. The domain computes the
 * list from the case's state with the same rule `decide` applies to a proposal, so the console offers only
 * municipalities that will not be refused for where they lie, without the coordinator seeing the exclusion zones
 * themselves (the threat's placement constraints are not in the coordinator's view). A party outside the case gets
 * 404; a participant that may not propose gets 403 FORBIDDEN_FOR_ROLE.
 */
export const proposableRoutes: FastifyPluginAsyncZod<ProposableRoutesOptions> = async (app, options) => {
  app.get(
    '/v1/relocations/:id/proposable-municipalities',
    {
      schema: {
        tags: ['queries'],
        summary: 'The municipalities the coordinator may propose for the case now',
        security: [{ bearer: [] }],
        params: caseParamsSchema,
        querystring: readQuerySchema,
        response: {
          200: proposableSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
          503: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await awaitPosition(options.readModels, request.query.minPosition, options.readWaitMs, reply);
      const { record } = await visibleCase(options.readModels, request.params.id, principal);
      if (!principal.roles.includes('coordinator')) {
        throw new ApiError(
          403,
          'FORBIDDEN_FOR_ROLE',
          'Only the coordinator proposes receiving municipalities.',
        );
      }
      return {
        relocationId: record.relocationId,
        municipalityCodes: [...proposableMunicipalities(record.state)],
      };
    },
  );
};
