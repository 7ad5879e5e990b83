import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ReadinessReport {
  readonly ready: boolean;
  readonly [part: string]: unknown;
}

/**
 * `GET /healthz`: the process is up (200). `GET /readyz`: 200 when `readiness` says ready, else 503; the body is
 * the report either way.
 */
export function healthHandler(readiness: () => Promise<ReadinessReport>) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : JSON.stringify(body));
    };
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { error: 'method_not_allowed' });
      return;
    }
    if (path === '/healthz') {
      send(200, { status: 'ok' });
      return;
    }
    if (path === '/readyz') {
      readiness().then(
        (report) => send(report.ready ? 200 : 503, report),
        () => send(503, { ready: false }),
      );
      return;
    }
    send(404, { error: 'not_found' });
  };
}

export function createHealthServer(readiness: () => Promise<ReadinessReport>): Server {
  return createServer(healthHandler(readiness));
}
