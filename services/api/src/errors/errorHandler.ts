import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from './toApiError.ts';

/**
 * The one error handler: every failure leaves as `{ code, message, details }`. Client errors are logged by code
 * only (their messages can echo what was sent); server errors with the error itself.
 */
export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const apiError = toApiError(error);
  if (apiError.statusCode >= 500 && apiError.code === 'INTERNAL') {
    request.log.error({ err: error }, 'request failed');
  } else {
    request.log.info({ code: apiError.code, statusCode: apiError.statusCode }, 'request refused');
  }
  return reply.code(apiError.statusCode).send(apiError.body);
}
