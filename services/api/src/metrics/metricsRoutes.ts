import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '../errors/apiError.ts';
import type { ApiMetrics } from './apiMetrics.ts';

export interface MetricsRoutesOptions {
  readonly metrics: ApiMetrics;
  /** The bearer token a scraper must send (METRICS_TOKEN). */
  readonly token: string;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** True when the Authorization header is exactly `Bearer <token>` (compared in constant time). */
export const hasMetricsToken = (authorization: string | undefined, token: string): boolean => {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
};

/**
 * GET /metrics in the Prometheus text format, only with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise).
 * Not rate limited, like the health probes. The metrics hold counts by command type, outcome, error code and
 * workflow state: never an organisation, a case, a user or personal data, since who works on what and when is
 * itself sensitive. Turn it off with METRICS=off.
 */
export const metricsRoutes: FastifyPluginAsync<MetricsRoutesOptions> = async (app, options) => {
  const { registry } = options.metrics;
  app.get('/metrics', { config: { rateLimit: false }, schema: { hide: true } }, async (request, reply) => {
    if (!hasMetricsToken(request.headers.authorization, options.token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new ApiError(401, 'UNAUTHORIZED', 'GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`.');
    }
    const body = await registry.metrics();
    return reply.header('content-type', registry.contentType).send(body);
  });
};
