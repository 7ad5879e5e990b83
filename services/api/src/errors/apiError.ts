import type { ApiErrorCode, ErrorStatus } from './errorCodes.ts';

/** The one error body every route answers with. */
export interface ApiErrorBody {
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** An error with its HTTP status and stable code; routes (commands and queries) throw it, the handler sends it. */
export class ApiError extends Error {
  readonly statusCode: ErrorStatus;
  readonly code: ApiErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    statusCode: ErrorStatus,
    code: ApiErrorCode,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.details = details;
  }

  get body(): ApiErrorBody {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** The answer for a case that does not exist and for one the caller does not take part in: the same body. */
export const caseNotFound = (): ApiError =>
  new ApiError(404, 'NOT_FOUND', 'This case does not exist or is not shared with your organisation.');
