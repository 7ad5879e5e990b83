import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Readiness } from './readiness.ts';

/**
 * `GET /healthz`: the process is up (200). `GET /readyz`: 200 when every part of the relay is working, else 503
 * with the parts and fixed reason codes (`broker_unavailable`, `event_store_unavailable`, `starting`).
 */
export function healthHandler(readiness: Readiness) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, { error: 'method_not_allowed' });
    if (path === '/healthz') return send(200, { status: 'ok' });
    if (path === '/readyz') {
      const snapshot = readiness.snapshot();
      return send(snapshot.ready ? 200 : 503, snapshot);
    }
    return send(404, { error: 'not_found' });
  };
}

export function createHealthServer(readiness: Readiness): Server {
  return createServer(healthHandler(readiness));
}
