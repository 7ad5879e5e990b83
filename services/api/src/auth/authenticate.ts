import { UnauthorizedError } from '@relocation/access';
import type { Principal, TokenVerifier } from '@relocation/access';
import type { FailedAuthLimiter } from './failedAuthLimiter.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller; set by the auth hook on every /v1 route, never from the request body. */
    principal: Principal | null;
  }
}

/** Declares `request.principal` on the root instance (Fastify wants request decorators up front). */
export function decoratePrincipal(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
}

/**
 * An onRequest hook for a scope: verifies `Authorization: Bearer` and sets `request.principal` (or throws 401).
 * With a limiter, failed authentications are counted per client address and an address over the limit gets 429.
 */
export function authenticate(verifier: TokenVerifier, failures?: FailedAuthLimiter) {
  return async (request: FastifyRequest): Promise<void> => {
    failures?.assertAllowed(request.ip);
    try {
      request.principal = await verifier.verify(request.headers.authorization);
    } catch (error) {
      if (error instanceof UnauthorizedError) failures?.recordFailure(request.ip);
      throw error;
    }
  };
}

/** The principal of an authenticated request; a route outside the auth scope calling it is a bug. */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw new Error('principalOf called on a route without the auth hook');
  return request.principal;
}
