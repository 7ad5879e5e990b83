import { errors } from 'jose';
import { TokenVerifierUnavailableError, UnauthorizedError } from './errors.ts';

/** Translates what jose throws into our errors; the reason says which check failed. */
export const translateJoseError = (error: unknown): Error => {
  if (error instanceof UnauthorizedError || error instanceof TokenVerifierUnavailableError) return error;
  if (error instanceof errors.JWTExpired) return new UnauthorizedError('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return new UnauthorizedError('wrong_issuer');
      case 'aud':
        return new UnauthorizedError('wrong_audience');
      case 'nbf':
        return new UnauthorizedError('not_yet_valid');
      default:
        return new UnauthorizedError('invalid_claims', `${error.claim}: ${error.reason}`);
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return new UnauthorizedError('algorithm_not_allowed');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new UnauthorizedError('bad_signature');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new UnauthorizedError('unknown_key');
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return new UnauthorizedError('malformed', error.code);
  }
  const detail = error instanceof errors.JOSEError ? error.code : 'the key set could not be fetched or read';
  return new TokenVerifierUnavailableError(detail, { cause: error });
};
