import type { ProjectionHalt } from '@relocation/read-models';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface HealthOptions {
  /** Resolves when the event store answers; rejects when it does not. */
  readonly storeReachable: () => Promise<void>;
  /** Whether the read models have projected everything in the feed; absent without read models. */
  readonly readModelsCaughtUp?: () => Promise<boolean>;
  /** The event the projector stopped at because it cannot project it, if it did. */
  readonly readModelsHalted?: () => Promise<ProjectionHalt | undefined>;
  /** Each worker of this process and whether it is ready (the runtime host's readiness); absent in tests. */
  readonly workers?: () => Promise<{
    readonly ready: boolean;
    readonly workers: Readonly<Record<string, { readonly ready: boolean; readonly reason?: string }>>;
  }>;
}

const readySchema = z.object({
  ready: z.boolean(),
  store: z.enum(['ok', 'unreachable']),
  readModels: z.enum(['caughtUp', 'behind', 'halted', 'absent', 'unreachable']),
  /** Where the projector stopped: the event's id, type and position and the failure class, never its content. */
  haltedAt: z
    .object({ eventId: z.string(), type: z.string(), position: z.string(), reason: z.string() })
    .optional(),
  /** Each worker of the process (HTTP server, projector, deadline monitor, ...): ready, or a fixed reason code. */
  workers: z.record(z.string(), z.object({ ready: z.boolean(), reason: z.string().optional() })).optional(),
});

/**
 * /healthz: the process runs. /readyz: the store answers, the read models are caught up and every worker of the
 * process is ready (`workers` names each with a fixed reason code when it is not). When the projector
 * stopped at an event it cannot project, /readyz says `halted` and names the event (id, type, position). Probes
 * are not rate limited.
 */
export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, options) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { rateLimit: false },
      schema: { tags: ['health'], response: { 200: readySchema, 503: readySchema } },
    },
    async (request, reply) => {
      const store = await options.storeReachable().then(
        () => 'ok' as const,
        (error: unknown) => {
          request.log.warn({ err: error }, 'event store unreachable');
          return 'unreachable' as const;
        },
      );
      const halt = await options.readModelsHalted?.().catch(() => undefined);
      const readModels =
        halt !== undefined
          ? ('halted' as const)
          : options.readModelsCaughtUp === undefined
            ? ('absent' as const)
            : await options.readModelsCaughtUp().then(
                (caughtUp) => (caughtUp ? ('caughtUp' as const) : ('behind' as const)),
                () => 'unreachable' as const,
              );
      const workers = await options.workers?.();
      const ready =
        store === 'ok' &&
        (readModels === 'caughtUp' || readModels === 'absent') &&
        (workers === undefined || workers.ready);
      const haltedAt =
        halt === undefined
          ? {}
          : {
              haltedAt: {
                eventId: halt.eventId,
                type: halt.type,
                position: halt.position,
                reason: halt.reason,
              },
            };
      return reply.code(ready ? 200 : 503).send({
        ready,
        store,
        readModels,
        ...haltedAt,
        ...(workers === undefined ? {} : { workers: workers.workers }),
      });
    },
  );
};
