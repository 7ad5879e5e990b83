import { SignJWT } from 'jose';
import { createAccessClaimsSchema } from './claims.ts';
import { DEV_AUDIENCE, DEV_ISSUER } from './devSigningKey.ts';
import type { DevSigningKey } from './devSigningKey.ts';
import { parseDurationSeconds } from './duration.ts';
import type { OrganisationOptions } from './organisation.ts';

export interface MintDevTokenRequest extends OrganisationOptions {
  readonly key: DevSigningKey;
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly string[];
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds, or a duration like `15m`, `8h`, `2d`. Default 8h. */
  readonly expiresIn?: number | string;
  readonly now?: Date;
}

/** The token's claims are invalid (unknown organisation, role that does not fit it, bad lifetime). */
export class InvalidTokenRequestError extends Error {
  readonly code = 'INVALID_TOKEN_REQUEST';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'InvalidTokenRequestError';
    this.problems = problems;
  }
}

const lifetimeSeconds = (expiresIn: number | string): number => {
  const seconds = typeof expiresIn === 'number' ? expiresIn : parseDurationSeconds(expiresIn);
  if (seconds === undefined || !Number.isInteger(seconds) || seconds <= 0) {
    throw new InvalidTokenRequestError([`'${expiresIn}' is not a lifetime such as 900, 15m, 8h or 2d`]);
  }
  return seconds;
};

/** Mints a development token signed with the local key; the claims pass the same schema the verifier uses. */
export const mintDevToken = async (request: MintDevTokenRequest): Promise<string> => {
  const now = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const claims = {
    sub: request.sub,
    org: request.org,
    roles: [...request.roles],
    iss: request.issuer ?? DEV_ISSUER,
    aud: request.audience ?? DEV_AUDIENCE,
    iat: now,
    nbf: now,
    exp: now + lifetimeSeconds(request.expiresIn ?? '8h'),
  };
  const parsed = createAccessClaimsSchema(request).safeParse(claims);
  if (!parsed.success) {
    throw new InvalidTokenRequestError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'token'}: ${issue.message}`),
    );
  }
  return new SignJWT({ org: parsed.data.org, roles: parsed.data.roles })
    .setProtectedHeader({ alg: request.key.alg, kid: request.key.kid, typ: 'JWT' })
    .setSubject(parsed.data.sub)
    .setIssuer(parsed.data.iss)
    .setAudience(claims.aud)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(claims.exp)
    .sign(request.key.privateKey);
};
