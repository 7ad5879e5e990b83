import type { FastifyPluginAsync } from 'fastify';
import type { ApiMetrics } from './apiMetrics.ts';

export interface MetricsRoutesOptions {
  readonly metrics: ApiMetrics;
}

/**
 * GET /metrics in the Prometheus text format. Unauthenticated and not rate limited, like the health probes: it
 * holds counts by state and command type, never case ids or personal data. Turn it off with METRICS=off, or keep
 * the path off the public load balancer.
 */
export const metricsRoutes: FastifyPluginAsync<MetricsRoutesOptions> = async (app, options) => {
  const { registry } = options.metrics;
  app.get('/metrics', { config: { rateLimit: false }, schema: { hide: true } }, async (_request, reply) => {
    const body = await registry.metrics();
    return reply.header('content-type', registry.contentType).send(body);
  });
};
