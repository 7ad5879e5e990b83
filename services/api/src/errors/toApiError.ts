import { TokenVerifierUnavailableError, UnauthorizedError } from '@relocation/access';
import {
  CommandRejectedError,
  ConcurrentUpdateError,
  IdempotencyKeyReusedError,
  PreconditionFailedError,
} from '@relocation/application';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, caseNotFound } from './apiError.ts';
import { domainErrorStatus } from './domainErrorStatus.ts';
import type { ApiErrorCode, ErrorStatus } from './errorCodes.ts';

interface HttpishError {
  readonly statusCode?: unknown;
  readonly code?: unknown;
  readonly validationContext?: unknown;
}

/** Messages for errors Fastify raises itself; its own messages may echo request content, so they are not sent. */
const fastifyClientErrors: Readonly<Partial<Record<ErrorStatus, readonly [ApiErrorCode, string]>>> = {
  400: ['BAD_REQUEST', 'The request could not be read.'],
  404: ['NOT_FOUND', 'Not found.'],
  405: ['METHOD_NOT_ALLOWED', 'Method not allowed.'],
  406: ['NOT_ACCEPTABLE', 'Not acceptable.'],
  413: ['PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'],
  429: ['RATE_LIMITED', 'Too many requests. Wait a little and try again.'],
};

/** Maps anything a route can throw to the one error shape; unknown errors become 500 without detail. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where =
      typeof (error as HttpishError).validationContext === 'string'
        ? String((error as HttpishError).validationContext)
        : 'request';
    const issues = error.validation.map((issue) => ({
      path: [where, ...issue.instancePath.split('/').filter((part) => part !== '')].join('.'),
      message: issue.message ?? 'Invalid value',
    }));
    return new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid.', { issues });
  }
  if (error instanceof UnauthorizedError) {
    return new ApiError(401, 'UNAUTHORIZED', 'A valid bearer token is required.');
  }
  if (error instanceof TokenVerifierUnavailableError) {
    return new ApiError(503, 'AUTH_UNAVAILABLE', 'Tokens cannot be checked right now. Try again shortly.');
  }
  if (error instanceof CommandRejectedError) {
    const { code, message, details } = error.domainError;
    const status = domainErrorStatus[code];
    if (status === 404) return caseNotFound();
    return new ApiError(status, code, message, details ?? {});
  }
  if (error instanceof PreconditionFailedError) {
    return new ApiError(412, 'PRECONDITION_FAILED', error.message, {
      currentRevision: error.currentRevision,
    });
  }
  if (error instanceof ConcurrentUpdateError) return new ApiError(409, error.code, error.message);
  if (error instanceof IdempotencyKeyReusedError) return new ApiError(422, error.code, error.message);
  const { statusCode } = error as HttpishError;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    // A client error Fastify raises without a code of ours (a timeout, say) is a plain 400.
    const known = fastifyClientErrors[statusCode as ErrorStatus];
    if (known === undefined) return new ApiError(400, 'BAD_REQUEST', 'The request could not be handled.');
    return new ApiError(statusCode as ErrorStatus, known[0], known[1]);
  }
  return new ApiError(500, 'INTERNAL', 'Something went wrong on our side.');
}
