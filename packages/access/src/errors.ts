/** Why a token was refused; for logs and tests. Clients only ever see 401 UNAUTHORIZED. */
export type UnauthorizedReason =
  | 'missing_token'
  | 'malformed'
  | 'expired'
  | 'not_yet_valid'
  | 'issued_in_future'
  | 'lifetime_too_long'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'algorithm_not_allowed'
  | 'bad_signature'
  | 'unknown_key'
  | 'invalid_claims';

/** The request carries no acceptable token (HTTP 401). The message holds no token content. */
export class UnauthorizedError extends Error {
  readonly code = 'UNAUTHORIZED';
  readonly reason: UnauthorizedReason;

  constructor(reason: UnauthorizedReason, detail?: string) {
    super(detail === undefined ? `unauthorized: ${reason}` : `unauthorized: ${reason} (${detail})`);
    this.name = 'UnauthorizedError';
    this.reason = reason;
  }
}

/** The issuer's key set could not be fetched or read: the token was not judged (HTTP 503, retryable). */
export class TokenVerifierUnavailableError extends Error {
  readonly code = 'AUTH_UNAVAILABLE';

  constructor(detail: string, options?: { cause?: unknown }) {
    super(`token verification unavailable: ${detail}`, options);
    this.name = 'TokenVerifierUnavailableError';
  }
}
