import { domainErrorCodes } from '@relocation/domain';
import type { DomainErrorCode } from '@relocation/domain';
import { domainErrorStatus } from './domainErrorStatus.ts';

/** The domain's codes answered with one status; 404 ones become NOT_FOUND (a case's existence must not leak). */
const domainCodes = (status: 400 | 403 | 409 | 422): DomainErrorCode[] =>
  domainErrorCodes.filter((code) => domainErrorStatus[code] === status);

/**
 * Every error code the API answers, by HTTP status: the `code` of the `{ code, message, details }` body. The
 * OpenAPI document names them as an enum per status, so a generated client can switch on them.
 */
export const errorCodesByStatus = {
  400: ['VALIDATION_FAILED', 'BAD_REQUEST', 'INVALID_CURSOR', 'UNKNOWN_PERSON', ...domainCodes(400)],
  401: ['UNAUTHORIZED'],
  403: [...domainCodes(403)],
  404: ['NOT_FOUND'],
  405: ['METHOD_NOT_ALLOWED'],
  406: ['NOT_ACCEPTABLE'],
  409: [...domainCodes(409), 'CONCURRENT_UPDATE'],
  412: ['PRECONDITION_FAILED'],
  413: ['PAYLOAD_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  422: [...domainCodes(422), 'IDEMPOTENCY_KEY_REUSED'],
  429: ['RATE_LIMITED'],
  500: ['INTERNAL'],
  503: ['READ_MODEL_BEHIND', 'AUTH_UNAVAILABLE'],
} as const;

export type ErrorStatus = keyof typeof errorCodesByStatus;
export type ErrorCodeOf<S extends ErrorStatus> = (typeof errorCodesByStatus)[S][number];
export type ApiErrorCode = ErrorCodeOf<ErrorStatus>;
