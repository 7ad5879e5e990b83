import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The console's build output in this repository: `pnpm --filter @relocation/console build` writes it. */
export const defaultConsoleDir = fileURLToPath(new URL('../../../console/dist', import.meta.url));

/** Paths the API answers itself: they never fall back to the console's index.html. */
const apiPrefixes = ['/v1/', '/docs', '/metrics', '/healthz', '/readyz'];
export const isApiPath = (url: string): boolean => {
  const path = url.split('?')[0] ?? url;
  return path === '/v1' || apiPrefixes.some((prefix) => path.startsWith(prefix));
};

/**
 * The Content-Security-Policy of the console and of every answer: own origin only, no inline script, no eval, no
 * third party, no framing. Swagger UI at /docs sets its own (staticCSP).
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
} as const;

/**
 * The policy for an engine whose console signs in against an OIDC issuer (AUTH_MODE=jwks): the browser fetches the
 * issuer's discovery document, keys and token endpoint itself, so its origin (and only it) joins `connect-src`.
 * Sign-in and sign-out at the issuer are navigations, which `connect-src` does not govern.
 */
export function contentSecurityPolicyFor(issuer: string | undefined): {
  useDefaults: false;
  directives: Record<string, string[]>;
} {
  const directives: Record<string, string[]> = Object.fromEntries(
    Object.entries(contentSecurityPolicy.directives).map(([name, values]) => [name, [...values]]),
  );
  if (issuer !== undefined) directives['connect-src'] = ["'self'", new URL(issuer).origin];
  return { useDefaults: false, directives };
}

const notBuiltPage = (dir: string): string =>
  [
    'The console is not built yet.',
    '',
    'Build it with:  pnpm --filter @relocation/console build',
    `The API serves it from ${dir} (set CONSOLE_DIR to serve another directory).`,
    '',
    'The API itself is up: see /docs for its reference.',
    '',
  ].join('\n');

const hasIndex = async (dir: string): Promise<boolean> => {
  try {
    return (await stat(join(dir, 'index.html'))).isFile();
  } catch {
    return false;
  }
};

type NotFoundHandler = (request: FastifyRequest, reply: FastifyReply) => FastifyReply;

export interface StaticConsoleOptions {
  /** The console's built assets (index.html and assets/). */
  readonly dir: string;
}

/**
 * Serves the console at `/`: the files of its build, hashed files under /assets/ cached for a year, index.html for
 * every other GET that is not an API path (the console routes in the browser), never cached. Without a build, `/`
 * and those paths answer a short plain page saying how to build it. Returns the not-found handler to set: the
 * page for console paths, `notFound` (the API's JSON 404) for the rest.
 */
export async function registerStaticConsole(
  app: FastifyInstance,
  options: StaticConsoleOptions,
  notFound: NotFoundHandler,
): Promise<NotFoundHandler> {
  const built = await hasIndex(options.dir);
  if (built) {
    await app.register(fastifyStatic, {
      root: options.dir,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      etag: true,
      lastModified: false,
      setHeaders: (reply, path) => {
        const hashed = path.startsWith(join(options.dir, 'assets'));
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-store');
      },
    });
  }
  // A missing file (an old hashed asset, say) is a 404, not the page: only paths without an extension are routes.
  const wantsPage = (request: FastifyRequest): boolean => {
    const path = request.url.split('?')[0] ?? request.url;
    const file = /\.[a-z0-9]+$/i.test(path) || path.startsWith('/assets/');
    return (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(path) && !file;
  };
  const page = (reply: FastifyReply): FastifyReply =>
    built
      ? reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').sendFile('index.html')
      : reply.code(200).type('text/plain; charset=utf-8').send(notBuiltPage(options.dir));
  if (!built) app.get('/', { schema: { hide: true } }, async (_request, reply) => page(reply));
  return (request, reply) => (wantsPage(request) ? page(reply) : notFound(request, reply));
}
