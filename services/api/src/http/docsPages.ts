import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Headers of the pages' own answers that the forwarding reply must not copy (it frames its own body). */
const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * The OpenAPI documentation pages under /docs (swagger-ui, its static files, /docs/json and /docs/yaml), loaded on
 * the first visit: registering swagger-ui with its static-file server and YAML parser cost every start of the API
 * 0.1 to 0.25 s and 10 MB (issue 16) for pages a person opens now and then. They run in a Fastify instance of
 * their own, which serves the document `app.swagger()` made (as @fastify/swagger's static mode) and answers
 * through `inject`; the API's own hooks (security headers, no-store, rate limit) apply to the forwarded answer, and
 * swagger-ui's content security policy for its pages replaces the API's.
 */
export function registerDocsPages(app: FastifyInstance): void {
  let pages: Promise<FastifyInstance> | undefined;
  const load = (): Promise<FastifyInstance> => {
    pages ??= (async () => {
      const [{ default: fastifySwagger }, { default: fastifySwaggerUi }] = await Promise.all([
        import('@fastify/swagger'),
        import('@fastify/swagger-ui'),
      ]);
      const instance = Fastify({ logger: false });
      await instance.register(fastifySwagger, {
        mode: 'static',
        specification: { document: app.swagger() as never },
      });
      await instance.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
      await instance.ready();
      return instance;
    })();
    pages.catch(() => {
      pages = undefined;
    });
    return pages;
  };
  const forward = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const instance = await load();
    const answer = await instance.inject({
      method: request.method === 'HEAD' ? 'HEAD' : 'GET',
      url: request.url,
      headers: request.headers,
    });
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !FRAMING.has(name)) reply.header(name, value);
    }
    return reply.code(answer.statusCode).send(answer.rawPayload);
  };
  // Not part of the API the document describes.
  app.get('/docs', { schema: { hide: true } }, forward);
  app.get('/docs/*', { schema: { hide: true } }, forward);
}
