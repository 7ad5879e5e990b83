import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface HealthOptions {
  /** Resolves when the event store answers; rejects when it does not. */
  readonly storeReachable: () => Promise<void>;
  /** Whether the read models have projected everything in the feed; absent without read models. */
  readonly readModelsCaughtUp?: () => Promise<boolean>;
}

const readySchema = z.object({
  ready: z.boolean(),
  store: z.enum(['ok', 'unreachable']),
  readModels: z.enum(['caughtUp', 'behind', 'absent', 'unreachable']),
});

/**
 * /healthz: the process runs. /readyz: the store answers and the read models are caught up. Probes are not
 * rate limited.
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
      const readModels =
        options.readModelsCaughtUp === undefined
          ? ('absent' as const)
          : await options.readModelsCaughtUp().then(
              (caughtUp) => (caughtUp ? ('caughtUp' as const) : ('behind' as const)),
              () => 'unreachable' as const,
            );
      const ready = store === 'ok' && (readModels === 'caughtUp' || readModels === 'absent');
      return reply.code(ready ? 200 : 503).send({ ready, store, readModels });
    },
  );
};
