import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate.ts';
import { authenticatedErrors, errorResponses } from '../errors/errorBodySchema.ts';
import type { CaseChange, CaseChangeFeed } from './caseChangeFeed.ts';

export interface EventRoutesOptions {
  readonly feed: CaseChangeFeed;
  /** How often a comment line keeps the stream (and proxies) alive. Default 15 s. */
  readonly heartbeatMs?: number;
}

/** setTimeout's longest delay; a token living longer is cut at the next reconnect anyway. */
const maxDelayMs = 2_147_483_647;

/** When the bearer token expires (its `exp`, already verified), so the stream ends with it. */
const expiryOf = (authorization: string | undefined): number | undefined => {
  const payload = authorization?.split(' ')[1]?.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
};

const frame = (change: CaseChange): string =>
  `event: case-changed\nid: ${change.position}\ndata: ${JSON.stringify(change)}\n\n`;

/**
 * GET /v1/events: server-sent events telling the caller which cases changed for them (`{ relocationId, position
 * }`, nothing else), with a comment line as heartbeat. Authenticated like every /v1 route by the Authorization
 * header (read it with fetch streaming; there is no token in the URL). The stream ends when the token expires and
 * when the server shuts down; the client reconnects with a fresh token.
 */
export const eventRoutes: FastifyPluginAsyncZod<EventRoutesOptions> = async (app, options) => {
  const open = new Set<FastifyReply>();
  app.addHook('preClose', async () => {
    for (const reply of open) reply.raw.end();
    open.clear();
  });

  app.get(
    '/v1/events',
    {
      schema: {
        tags: ['queries'],
        summary: 'Live updates: which of your cases changed (server-sent events, text/event-stream)',
        description:
          'Each event is `event: case-changed`, `id: <position>`, `data: {"relocationId","position"}`: fetch ' +
          'the case with ?minPosition=<position>. Lines starting with `:` are heartbeats. Only the organisations ' +
          'a change concerns (the same audience as the Kafka notifications) and, inside a municipality, the ' +
          'assigned handlers and supervisors hear of it. The stream ends when the token expires.',
        security: [{ bearer: [] }],
        response: {
          200: {
            description: 'A stream of server-sent events',
            content: {
              'text/event-stream': {
                schema: z
                  .string()
                  .describe('event: case-changed / id: <position> / data: {"relocationId","position"}'),
              },
            },
          },
          ...errorResponses(...authenticatedErrors),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const raw = reply.raw;
      // Listening before the stream opens: whatever the client reads once it is open is not older than the
      // changes it will hear of (the feed is followed only while someone listens, from its end). A change told
      // before the headers went out is older than anything the client will read, so it is not written.
      let opened = false;
      const stopListening = await options.feed.listen({
        principal,
        send: (change) => {
          if (opened) raw.write(frame(change));
        },
      });
      reply.hijack();
      if (request.raw.destroyed || raw.destroyed) {
        // The client went away meanwhile.
        stopListening();
        raw.end();
        return;
      }
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      });
      raw.write(': connected\n\n');
      opened = true;
      open.add(reply);
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
      const expiresAt = expiryOf(request.headers.authorization);
      const expiry =
        expiresAt === undefined
          ? undefined
          : setTimeout(() => raw.end(), Math.min(maxDelayMs, Math.max(0, expiresAt - Date.now())));
      const close = () => {
        clearInterval(heartbeat);
        if (expiry !== undefined) clearTimeout(expiry);
        stopListening();
        open.delete(reply);
      };
      raw.on('close', close);
    },
  );
};
