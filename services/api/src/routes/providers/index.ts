import type { Principal } from '@relocation/access';
import type { ProviderRegister } from '@relocation/application';
import {
  auditOrganisationId,
  coordinatorOrganisationId,
  isCountyCode,
  isMunicipalityCode,
  isoDateSchema,
  permitPeriodsProblem,
  providerUnitFieldsSchema,
  providerUnitIdSchema,
  serviceTypes,
  swedishDateOf,
  unitMayOperateOn,
  type RegisterEntry,
} from '@relocation/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors/apiError.ts';
import { authenticatedErrors, errorResponses } from '../../errors/errorBodySchema.ts';
import { commandHeadersSchema, etagOf } from '../../http/commandHeaders.ts';

export interface ProviderRoutesOptions {
  readonly register: ProviderRegister;
  /** "May operate today" is judged on this clock's Swedish date. */
  readonly clock: () => Date;
}

/**
 * Who may read the register: those who plan placements (municipal caseworkers and supervisors, the national
 * coordinator) and the register's administrator. The register holds no personal data and concerns no case, so
 * others are refused with 403, not 404.
 */
function requirePlanner(principal: Principal): void {
  const municipal = principal.organisationId.startsWith('municipality:');
  const allowed = municipal
    ? principal.roles.includes('caseworker') || principal.roles.includes('supervisor')
    : principal.organisationId === coordinatorOrganisationId &&
      (principal.roles.includes('coordinator') || principal.roles.includes('administrator'));
  if (!allowed) {
    throw new ApiError(
      403,
      'FORBIDDEN_FOR_ROLE',
      'Only those who plan placements may read the provider register.',
    );
  }
}

/** Who changed which unit when: the administrator, the coordinator and the auditor. */
function requireHistoryReader(principal: Principal): void {
  const allowed =
    (principal.organisationId === coordinatorOrganisationId &&
      (principal.roles.includes('coordinator') || principal.roles.includes('administrator'))) ||
    (principal.organisationId === auditOrganisationId && principal.roles.includes('auditor'));
  if (!allowed) {
    throw new ApiError(
      403,
      'FORBIDDEN_FOR_ROLE',
      "Only the register's administrator, the coordinator and the auditor may read its history.",
    );
  }
}

function requireAdministrator(principal: Principal): void {
  if (principal.organisationId !== coordinatorOrganisationId || !principal.roles.includes('administrator')) {
    throw new ApiError(403, 'FORBIDDEN_FOR_ROLE', "Only the register's administrator may change it.");
  }
}

const serviceType = z.enum(serviceTypes);

const listQuerySchema = z
  .object({
    municipality: z
      .string()
      .refine(isMunicipalityCode, { error: 'municipality is a four-digit kommunkod, e.g. 2480' })
      .optional(),
    county: z
      .string()
      .refine(isCountyCode, { error: 'county is a two-digit county code, e.g. 24' })
      .optional(),
    serviceType: serviceType.optional(),
    /** Only units that may operate on this date (YYYY-MM-DD): a granted permit, an application pending, notified. */
    operatingOn: isoDateSchema.optional(),
  })
  .strict();

const paramsSchema = z.object({ unitId: providerUnitIdSchema });

const recordedBySchema = z.object({ organisationId: z.string(), subject: z.string() });

const unitEntrySchema = providerUnitFieldsSchema
  .extend({
    version: z.number().int().describe('Send it back in If-Match to change the unit'),
    updatedAt: z.string(),
    source: z.enum(['file', 'administrator']),
    mayOperateToday: z.boolean().describe('On the Swedish date of the request'),
  })
  .meta({ id: 'ProviderUnit' });

const historyEntrySchema = z
  .object({
    version: z.number().int(),
    occurredAt: z.string(),
    source: z.enum(['file', 'administrator']),
    recordedBy: recordedBySchema,
    unit: providerUnitFieldsSchema,
  })
  .meta({ id: 'ProviderUnitChange' });

/** The unit without its id (the path names it); its permit periods may not overlap. */
const unitBodySchema = providerUnitFieldsSchema
  .omit({ id: true })
  .superRefine((unit, ctx) => {
    const problem = permitPeriodsProblem(unit.permits);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['permits'], message: problem });
  })
  .meta({ id: 'ProviderUnitBody' });

const putResponseSchema = z.object({
  unit: unitEntrySchema,
  changed: z.boolean().describe('False when the unit already was exactly so: nothing was recorded'),
});

export const providerRoutes: FastifyPluginAsyncZod<ProviderRoutesOptions> = async (app, options) => {
  const { register, clock } = options;

  const entryOf = (entry: RegisterEntry) => ({
    ...entry.unit,
    version: entry.revision,
    updatedAt: entry.updatedAt,
    source: entry.source,
    mayOperateToday: unitMayOperateOn(entry.unit, swedishDateOf(clock().toISOString())),
  });

  const found = async (unitId: string): Promise<RegisterEntry> => {
    const entry = await register.get(unitId);
    if (entry === undefined) throw new ApiError(404, 'NOT_FOUND', `The register has no unit ${unitId}.`);
    return entry;
  };

  app.get(
    '/v1/providers',
    {
      schema: {
        tags: ['providers'],
        summary:
          'The provider register: units with operator, premises, service type and permit periods, by name ' +
          '(municipal caseworkers and supervisors, the coordinator, the administrator)',
        security: [{ bearer: [] }],
        querystring: listQuerySchema,
        response: {
          200: z.object({ units: z.array(unitEntrySchema) }),
          ...errorResponses(...authenticatedErrors, 403),
        },
      },
    },
    async (request) => {
      requirePlanner(principalOf(request));
      const { municipality, county, serviceType: type, operatingOn } = request.query;
      const entries = await register.list({
        ...(municipality === undefined ? {} : { municipality }),
        ...(county === undefined ? {} : { county }),
        ...(type === undefined ? {} : { serviceType: type }),
        ...(operatingOn === undefined ? {} : { operatingOn }),
      });
      return { units: entries.map(entryOf) };
    },
  );

  app.get(
    '/v1/providers/:unitId',
    {
      schema: {
        tags: ['providers'],
        summary: 'One unit of the provider register, its version in the ETag',
        security: [{ bearer: [] }],
        params: paramsSchema,
        response: { 200: unitEntrySchema, ...errorResponses(...authenticatedErrors, 403, 404) },
      },
    },
    async (request, reply) => {
      requirePlanner(principalOf(request));
      const entry = await found(request.params.unitId);
      reply.header('etag', etagOf(entry.revision));
      return entryOf(entry);
    },
  );

  app.get(
    '/v1/providers/:unitId/history',
    {
      schema: {
        tags: ['providers'],
        summary: 'Who changed the unit when, oldest first (administrator, coordinator, auditor)',
        security: [{ bearer: [] }],
        params: paramsSchema,
        response: {
          200: z.object({ changes: z.array(historyEntrySchema) }),
          ...errorResponses(...authenticatedErrors, 403, 404),
        },
      },
    },
    async (request) => {
      requireHistoryReader(principalOf(request));
      const changes = await register.history(request.params.unitId);
      if (changes.length === 0) {
        throw new ApiError(404, 'NOT_FOUND', `The register has no unit ${request.params.unitId}.`);
      }
      return {
        changes: changes.map((change) => ({
          version: change.revision,
          occurredAt: change.occurredAt,
          source: change.source,
          recordedBy: change.recordedBy,
          unit: change.unit,
        })),
      };
    },
  );

  app.put(
    '/v1/providers/:unitId',
    {
      schema: {
        tags: ['providers'],
        summary:
          'Record a unit as it now is (create or replace; administrator only). Send If-Match with the version ' +
          'last read: if the unit changed since, 412 and nothing is recorded. An unchanged unit records nothing.',
        security: [{ bearer: [] }],
        params: paramsSchema,
        headers: commandHeadersSchema.pick({ 'if-match': true }).loose(),
        body: unitBodySchema,
        response: {
          200: putResponseSchema,
          ...errorResponses(...authenticatedErrors, 403, 412, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      requireAdministrator(principal);
      const ifMatch = request.headers['if-match'];
      const { entry, changed } = await register.record(
        { id: request.params.unitId, ...request.body },
        {
          recordedBy: { organisationId: principal.organisationId, subject: principal.userId },
          ...(ifMatch === undefined ? {} : { ifMatch }),
        },
      );
      reply.header('etag', etagOf(entry.revision));
      return { unit: entryOf(entry), changed };
    },
  );
};
