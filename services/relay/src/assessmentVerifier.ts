import { errors, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { decodeContract, threatAssessmentJwsType, threatAssessmentMessageSchema } from '@relocation/kafka';
import type { DeadLetterReason, ThreatAssessmentMessage } from '@relocation/kafka';

export interface AssessmentVerifierOptions {
  /** The police issuer's keys: `createRemoteJWKSet(url)` or `createLocalJWKSet(jwks)` from jose. */
  readonly keySet: JWTVerifyGetKey;
  /** The exact `iss` the police sign with. */
  readonly issuer: string;
  /** The `aud` the messages are signed for (the relay). */
  readonly audience: string;
  /** Asymmetric algorithms only; never `none` or HMAC. */
  readonly algorithms: readonly string[];
  /** The longest lifetime a message may have (`exp - iat`) and the oldest `iat` accepted, in seconds. */
  readonly maxLifetimeSeconds: number;
  /** Leeway for `exp`, `nbf` and `iat` in the future, in seconds (default 30). */
  readonly clockToleranceSeconds?: number;
  readonly clock: () => Date;
}

export type VerifiedAssessment =
  | { readonly ok: true; readonly message: ThreatAssessmentMessage }
  | { readonly ok: false; readonly reason: DeadLetterReason };

/** Verifies one Kafka message value; throws only when the key set cannot be fetched (worth retrying). */
export type AssessmentVerifier = (value: Buffer | string | null) => Promise<VerifiedAssessment>;

const compactJws = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const refuse = (code: string, message: string, details?: Record<string, unknown>): VerifiedAssessment => ({
  ok: false,
  reason: details === undefined ? { code, message } : { code, message, details },
});

/** The dead-letter reason for what jose threw, or undefined for a failure to retry (the key set is unreachable). */
function reasonFor(error: unknown): VerifiedAssessment | undefined {
  if (error instanceof errors.JWTExpired) {
    return refuse('expired', 'the signed assessment has expired or was signed too long ago', {
      claim: error.claim,
    });
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return refuse('invalid_claims', `the signed claim ${error.claim} is not acceptable`, {
      claim: error.claim,
      check: error.reason,
    });
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return refuse('invalid_signature', 'the signature is not valid for any key of the police issuer', {
      check: error.code,
    });
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return refuse('unsigned', 'the message is not a well-formed JWS signed by the police', {
      check: error.code,
    });
  }
  return undefined;
}

/**
 * Verifies a police threat assessment: the Kafka value must be a compact JWS (typ relocation-threat-assessment+jwt)
 * signed by a key of the police issuer's JWKS for this issuer and audience, with `jti`, `sub`, `org`, `iat` and
 * `exp`, not expired and not longer-lived than allowed; its payload must match the contract. Anything else gives
 * a dead-letter reason: `empty_value`, `unsigned`, `invalid_signature`, `expired`, `invalid_claims` or
 * `schema_violation`. Replays (a `jti` recorded before) are caught when the command is handled.
 */
export function createAssessmentVerifier(options: AssessmentVerifierOptions): AssessmentVerifier {
  const tolerance = options.clockToleranceSeconds ?? 30;
  return async (value) => {
    const text = value === null ? '' : typeof value === 'string' ? value : value.toString('utf8');
    if (text.trim() === '') return refuse('empty_value', 'the message has no value');
    if (!compactJws.test(text.trim())) {
      return refuse('unsigned', 'the message is not a compact JWS signed by the police');
    }
    let payload: unknown;
    try {
      const verified = await jwtVerify(text.trim(), options.keySet, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [...options.algorithms],
        typ: threatAssessmentJwsType,
        requiredClaims: ['iss', 'aud', 'sub', 'jti', 'iat', 'exp'],
        maxTokenAge: options.maxLifetimeSeconds,
        clockTolerance: tolerance,
        currentDate: options.clock(),
      });
      payload = verified.payload;
    } catch (error) {
      const reason = reasonFor(error);
      if (reason === undefined) throw error;
      return reason;
    }
    const decoded = decodeContract(threatAssessmentMessageSchema, payload);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    const message = decoded.value;
    if (message.exp - message.iat > options.maxLifetimeSeconds) {
      return refuse('invalid_claims', 'the signed assessment is valid for longer than allowed', {
        claim: 'exp',
        maxLifetimeSeconds: options.maxLifetimeSeconds,
      });
    }
    if (message.iat > options.clock().getTime() / 1000 + tolerance) {
      return refuse('invalid_claims', 'the signed assessment was issued in the future', { claim: 'iat' });
    }
    return { ok: true, message };
  };
}
