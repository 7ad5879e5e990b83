import { accessViews, type AccessLog } from '@relocation/access-log';
import type { CheckpointVerification } from '@relocation/checkpoint';
import { auditOrganisationId, shortText } from '@relocation/domain';
import type { VerifyReport } from '@relocation/event-store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors/apiError.ts';
import { authenticatedErrors, errorResponses } from '../../errors/errorBodySchema.ts';

export interface AuditRoutesOptions {
  readonly accessLog: AccessLog;
  /** Verifies the event store's hash chains (streams and feed). */
  readonly verifyEventStore: () => Promise<VerifyReport>;
  /**
   * Compares the database with the newest signed checkpoint (undefined result: no checkpoints for this store).
   * Without it the answer has no `checkpoint` part.
   */
  readonly verifyCheckpoint?: () => Promise<CheckpointVerification | undefined>;
}

const instant = z.iso.datetime({ offset: true, error: 'An ISO-8601 instant' });

const accessLogQuerySchema = z
  .object({
    userId: shortText({ max: 200, trim: false }).optional(),
    organisationId: shortText({ max: 100, trim: false }).optional(),
    relocationId: z.uuid({ error: 'The case id is a UUID' }).optional(),
    from: instant.optional(),
    to: instant.optional(),
    afterSeq: z.coerce.number().int().min(0).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

const accessEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  userId: z.string(),
  organisationId: z.string(),
  role: z.string(),
  relocationId: z.string(),
  view: z.enum(accessViews),
  requestId: z.string(),
  previousHash: z.string().nullable(),
  hash: z.string(),
});

const accessLogPageSchema = z.object({
  entries: z.array(accessEntrySchema),
  nextAfterSeq: z.number().nullable(),
});

const verifySchema = z.object({
  ok: z.boolean(),
  eventStore: z.object({
    ok: z.boolean(),
    streamsChecked: z.number(),
    eventsChecked: z.number(),
    problems: z.array(
      z.object({
        kind: z.string(),
        streamName: z.string(),
        revision: z.number().optional(),
        detail: z.string(),
      }),
    ),
  }),
  accessLog: z.object({
    ok: z.boolean(),
    entriesChecked: z.number(),
    problems: z.array(z.object({ kind: z.string(), seq: z.number(), detail: z.string() })),
  }),
  checkpoint: z
    .object({
      ok: z.boolean(),
      checkpoint: z
        .object({
          file: z.string(),
          issuedAt: z.string(),
          keyId: z.string(),
          streams: z.number(),
          accessLogSeq: z.number(),
        })
        .nullable(),
      problems: z.array(
        z.object({
          kind: z.string(),
          streamName: z.string().optional(),
          revision: z.number().optional(),
          seq: z.number().optional(),
          detail: z.string(),
        }),
      ),
    })
    .optional(),
});

const errors = errorResponses(...authenticatedErrors, 404);

/** Everyone but the auditor gets the plain 404 of an unknown route: the audit routes do not exist for them. */
const notFound = () => new ApiError(404, 'NOT_FOUND', 'Not found.');

/**
 * The auditor's routes: the access log (who read which case, which view, when) with filters, and a verification of
 * both hash chains (the event store and the access log). Register inside the authenticated /v1 scope.
 */
export const auditRoutes: FastifyPluginAsyncZod<AuditRoutesOptions> = async (app, options) => {
  // onRequest, before the query is validated: a non-auditor's malformed query is the same 404 as any other.
  app.addHook('onRequest', async (request) => {
    const principal = principalOf(request);
    if (principal.organisationId !== auditOrganisationId || !principal.roles.includes('auditor'))
      throw notFound();
  });

  app.get(
    '/v1/audit/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who read which case, which view and when (auditors only), oldest first',
        security: [{ bearer: [] }],
        querystring: accessLogQuerySchema,
        response: { 200: accessLogPageSchema, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const entries = await options.accessLog.query({
        ...(q.userId === undefined ? {} : { userId: q.userId }),
        ...(q.organisationId === undefined ? {} : { organisationId: q.organisationId }),
        ...(q.relocationId === undefined ? {} : { relocationId: q.relocationId }),
        ...(q.from === undefined ? {} : { from: new Date(q.from) }),
        ...(q.to === undefined ? {} : { to: new Date(q.to) }),
        ...(q.afterSeq === undefined ? {} : { afterSeq: q.afterSeq }),
        limit: q.limit,
      });
      return {
        entries: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
        nextAfterSeq: entries.length === q.limit ? (entries.at(-1)?.seq ?? null) : null,
      };
    },
  );

  app.get(
    '/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Verify the hash chains of the event store and of the access log, and both against the newest signed ' +
          'checkpoint (auditors only)',
        security: [{ bearer: [] }],
        response: { 200: verifySchema, ...errors },
      },
    },
    async () => {
      const [eventStore, accessLog, checkpoint] = await Promise.all([
        options.verifyEventStore(),
        options.accessLog.verify(),
        options.verifyCheckpoint?.(),
      ]);
      return {
        ok: eventStore.ok && accessLog.ok && (checkpoint?.ok ?? true),
        eventStore: {
          ok: eventStore.ok,
          streamsChecked: eventStore.streamsChecked,
          eventsChecked: eventStore.eventsChecked,
          problems: eventStore.problems.map((p) => ({
            kind: p.kind,
            streamName: p.streamName,
            ...(p.revision === undefined ? {} : { revision: p.revision }),
            detail: p.detail,
          })),
        },
        accessLog: {
          ok: accessLog.ok,
          entriesChecked: accessLog.entriesChecked,
          problems: accessLog.problems.map((p) => ({ ...p })),
        },
        ...(checkpoint === undefined
          ? {}
          : {
              checkpoint: {
                ok: checkpoint.ok,
                checkpoint: checkpoint.checkpoint,
                problems: checkpoint.problems.map((p) => ({ ...p })),
              },
            }),
      };
    },
  );
};
