import type { AccessLog } from '@relocation/access-log';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth/authenticate.ts';
import type { AccessAlert } from './accessAlert.ts';

export interface AccessLoggingOptions {
  readonly accessLog: AccessLog;
  readonly alert: AccessAlert;
  readonly clock: () => Date;
}

/**
 * Adds the hook that writes every case a successful response reveals to the access log before the response is
 * sent: who (user, organisation, role), which case, which view, when, and the request id. If the log cannot be
 * written the caller gets a 500 and not the data. Register inside the authenticated scope.
 */
export function addAccessLogging(scope: FastifyInstance, options: AccessLoggingOptions): void {
  scope.addHook('onSend', async (request, reply, payload) => {
    const reads = request.caseReads;
    if (reads === null || reads.length === 0 || reply.statusCode >= 400) return payload;
    const principal = principalOf(request);
    const at = options.clock();
    const role = principal.roles.join(',');
    await options.accessLog.record(
      reads.map((read) => ({
        at,
        userId: principal.userId,
        organisationId: principal.organisationId,
        role,
        relocationId: read.relocationId,
        view: read.view,
        requestId: request.id,
      })),
    );
    request.caseReads = [];
    await options.alert.observe(principal);
    return payload;
  });
}
