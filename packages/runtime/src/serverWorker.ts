import { once } from 'node:events';
import type { Server } from 'node:http';
import { notReady, ready, type Worker } from './worker.ts';

export interface ServerWorker extends Worker {
  /** The port it listens on, once it does (the OS picks one for port 0). */
  port(): number | undefined;
}

/**
 * A node:http server (a service's health server, say) as a worker: `start` listens and rejects when it cannot
 * (the port taken); `stop` stops accepting, ends idle keep-alive connections and waits for the rest. A server
 * that closes by itself while running fails the worker, and the host stops the process.
 */
export function serverWorker(name: string, server: Server, port: number, host: string): ServerWorker {
  let listening = false;
  let stopping = false;
  return {
    name,
    async start(context) {
      server.listen(port, host);
      await Promise.race([
        once(server, 'listening'),
        once(server, 'error').then(([error]: unknown[]) => Promise.reject(error)),
      ]);
      listening = true;
      server.once('close', () => {
        listening = false;
        if (!stopping) context.fail(new Error(`${name} server closed`));
      });
    },
    async stop() {
      stopping = true;
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
    },
    readiness: () => (listening ? ready : notReady('not_listening')),
    port() {
      const address = server.address();
      return typeof address === 'object' && address !== null ? address.port : undefined;
    },
  };
}
