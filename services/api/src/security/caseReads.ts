import type { AccessView } from '@relocation/access-log';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface CaseRead {
  readonly relocationId: string;
  readonly view: AccessView;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The cases this request revealed, recorded in the access log before the response leaves. */
    caseReads: CaseRead[] | null;
  }
}

/** Declares `request.caseReads` on the root instance (Fastify wants request decorators up front). */
export function decorateCaseReads(app: FastifyInstance): void {
  app.decorateRequest('caseReads', null);
}

/** A query route notes every case its answer reveals; the access-log hook writes them down. */
export function noteCaseRead(request: FastifyRequest, relocationId: string, view: AccessView): void {
  request.caseReads = [...(request.caseReads ?? []), { relocationId, view }];
}
