import { notReady, ready, type Worker } from '@relocation/runtime';
import type { FastifyInstance } from 'fastify';

export interface HttpWorker extends Worker {
  /** Where it listens, once it does. */
  url(): string | undefined;
}

/**
 * The API's HTTP server as a worker: `start` builds the app and listens (rejects when it cannot, the port taken,
 * say, after closing the app); `stop` closes the server after the requests in flight.
 */
export function createHttpWorker(options: {
  readonly build: () => Promise<FastifyInstance>;
  readonly port: number;
  readonly host: string;
}): HttpWorker {
  let app: FastifyInstance | undefined;
  let url: string | undefined;
  return {
    name: 'http',
    async start() {
      const built = await options.build();
      try {
        url = await built.listen({ port: options.port, host: options.host });
      } catch (error) {
        await built.close().catch(() => undefined);
        throw error;
      }
      app = built;
    },
    async stop() {
      url = undefined;
      await app?.close();
      app = undefined;
    },
    readiness: () => (url === undefined ? notReady('not_listening') : ready),
    url: () => url,
  };
}
