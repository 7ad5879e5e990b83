import { SignJWT } from 'jose';
import type { CryptoKey, KeyObject } from 'jose';
import { threatAssessmentJwsType } from '@relocation/kafka';
import type { ThreatAssessmentMessage } from '@relocation/kafka';

type Claims = 'iss' | 'aud' | 'sub' | 'org' | 'jti' | 'iat' | 'exp' | 'nbf';

export interface AssessmentSigner {
  readonly privateKey: CryptoKey | KeyObject;
  readonly alg: string;
  readonly kid: string;
  readonly issuer: string;
}

export interface SignAssessmentRequest {
  /** The assessment itself (what the police decided). */
  readonly assessment: Omit<ThreatAssessmentMessage, Claims>;
  /** The assessing officer (`sub`) and police region (`org`): the actor of the recorded assessment. */
  readonly officer: string;
  readonly region: string;
  readonly audience: string;
  /** The message id (`jti`), a UUID. */
  readonly messageId: string;
  readonly issuedAt: Date;
  readonly lifetimeSeconds: number;
}

/**
 * Signs a threat assessment as the police issuer does: a compact JWS (a JWT with typ
 * relocation-threat-assessment+jwt) whose payload is the Kafka contract. Used by the dev command
 * `sign-assessment` and by the tests; in production the police system signs.
 */
export async function signAssessment(
  signer: AssessmentSigner,
  request: SignAssessmentRequest,
): Promise<string> {
  const iat = Math.floor(request.issuedAt.getTime() / 1000);
  return new SignJWT({ ...request.assessment, org: request.region })
    .setProtectedHeader({ alg: signer.alg, kid: signer.kid, typ: threatAssessmentJwsType })
    .setIssuer(signer.issuer)
    .setAudience(request.audience)
    .setSubject(request.officer)
    .setJti(request.messageId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + request.lifetimeSeconds)
    .sign(signer.privateKey);
}
