import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { JWK, JWTVerifyGetKey, KeyObject } from 'jose';
import { z } from 'zod';
import { algorithmsForJwk, defaultJwksAlgorithms, signatureAlgorithmSchema } from './algorithms.ts';
import type { SignatureAlgorithm } from './algorithms.ts';
import { tokenFromBearerHeader } from './bearer.ts';
import { createAccessClaimsSchema, principalFromClaims } from './claims.ts';
import { UnauthorizedError } from './errors.ts';
import { translateJoseError } from './joseErrors.ts';
import type { OrganisationOptions } from './organisation.ts';
import type { Principal } from './principal.ts';

const audienceSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** The serialisable part of a verifier's configuration, e.g. read from the environment by the API's config. */
export const jwksVerifierConfigSchema = z.object({
  mode: z.literal('jwks'),
  // http is for a local identity provider in development only; the API's configuration requires https otherwise.
  jwksUrl: z.url({ protocol: /^https?$/, error: 'jwksUrl must be an http(s) URL of the issuer key set' }),
  issuer: z.string().min(1, 'issuer must be the exact iss of the tokens'),
  audience: audienceSchema,
  algorithms: z.array(signatureAlgorithmSchema).min(1).optional(),
  clockToleranceSeconds: z.number().int().min(0).max(300).optional(),
});

interface CommonVerifierConfig extends OrganisationOptions {
  readonly issuer: string;
  readonly audience: string | readonly string[];
  /** Leeway for exp/nbf/iat, in seconds. Default 30. */
  readonly clockToleranceSeconds?: number;
  /**
   * The longest lifetime a token may have, in seconds: with it, a token must carry `iat` and is refused when
   * `exp - iat` exceeds it (a stolen long-lived token). `iat` in the future beyond the tolerance is always refused.
   */
  readonly maxTokenAgeSeconds?: number;
  /** The clock the token's exp/nbf are checked against; defaults to the system clock. */
  readonly currentDate?: () => Date;
  /**
   * How many verified tokens to remember (default 1000; 0 turns the cache off). A remembered token is not verified
   * again (its signature check is most of an authenticated request's cost) for at most `cacheSeconds`, and never
   * past its own `exp`; its claims are checked against the clock on every use as on the first.
   */
  readonly cacheSize?: number;
  /** Default 60: a key withdrawn from the issuer's key set stops being honoured within this many seconds. */
  readonly cacheSeconds?: number;
}

export interface JwksVerifierConfig extends CommonVerifierConfig {
  readonly mode: 'jwks';
  readonly jwksUrl: string | URL;
  readonly algorithms?: readonly SignatureAlgorithm[];
  /** How long a key set fetch may take, in milliseconds. Default 5000. */
  readonly jwksTimeoutMs?: number;
}

export interface LocalVerifierConfig extends CommonVerifierConfig {
  readonly mode: 'local';
  readonly publicKey: JWK | KeyObject;
  /** Required for a `KeyObject`; for a JWK defaults to what its alg (or key type) allows. */
  readonly algorithms?: readonly SignatureAlgorithm[];
}

export type TokenVerifierConfig = JwksVerifierConfig | LocalVerifierConfig;

export interface TokenVerifier {
  /** The principal of an `Authorization` header value; throws `UnauthorizedError` (or `TokenVerifierUnavailableError`). */
  verify(authorizationHeader: string | readonly string[] | undefined): Promise<Principal>;
}

const defaultClockToleranceSeconds = 30;

const isKeyObject = (key: JWK | KeyObject): key is KeyObject => 'type' in key && typeof key.type === 'string';

const keyAndAlgorithms = (
  config: TokenVerifierConfig,
): {
  readonly key: JWTVerifyGetKey | JWK | KeyObject;
  readonly algorithms: readonly SignatureAlgorithm[];
} => {
  switch (config.mode) {
    case 'jwks':
      jwksVerifierConfigSchema.parse({
        ...config,
        jwksUrl: String(config.jwksUrl),
        audience: config.audience,
      });
      return {
        key: createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: config.jwksTimeoutMs ?? 5000 }),
        algorithms: config.algorithms ?? defaultJwksAlgorithms,
      };
    case 'local': {
      const { publicKey } = config;
      if (isKeyObject(publicKey)) {
        if (publicKey.type !== 'public') throw new Error('a local verifier takes a public key');
        if (config.algorithms === undefined) throw new Error('a KeyObject verification key needs algorithms');
        return { key: publicKey, algorithms: config.algorithms };
      }
      if ('d' in publicKey) throw new Error('a local verifier takes a public key, not a private one');
      return { key: publicKey, algorithms: config.algorithms ?? algorithmsForJwk(publicKey) };
    }
    default: {
      const _exhaustive: never = config;
      return _exhaustive;
    }
  }
};

/** Refuses a token issued in the future, and one whose lifetime is over the configured maximum. */
const checkTokenAge = (
  claims: { readonly iat?: number | undefined; readonly exp: number },
  config: TokenVerifierConfig,
): void => {
  const now = Math.floor((config.currentDate?.() ?? new Date()).getTime() / 1000);
  const tolerance = config.clockToleranceSeconds ?? defaultClockToleranceSeconds;
  if (claims.iat !== undefined && claims.iat > now + tolerance) {
    throw new UnauthorizedError('issued_in_future', 'iat is in the future');
  }
  const max = config.maxTokenAgeSeconds;
  if (max === undefined) return;
  if (claims.iat === undefined) {
    throw new UnauthorizedError('invalid_claims', 'iat is required when a maximum token age is set');
  }
  if (claims.exp - claims.iat > max) {
    throw new UnauthorizedError('lifetime_too_long', `the token lives longer than ${max} seconds`);
  }
};

/**
 * Verifies bearer tokens against one issuer: production uses the issuer's JWKS, development a local public key.
 * A token from another issuer or signed by another key is refused, so a dev token never passes a JWKS verifier.
 */
export const createTokenVerifier = (config: TokenVerifierConfig): TokenVerifier => {
  const { key, algorithms } = keyAndAlgorithms(config);
  const claimsSchema = createAccessClaimsSchema(config);
  const options = {
    issuer: config.issuer,
    audience: typeof config.audience === 'string' ? config.audience : [...config.audience],
    algorithms: [...algorithms],
    clockTolerance: config.clockToleranceSeconds ?? defaultClockToleranceSeconds,
    requiredClaims: ['exp', 'sub'],
  };

  const cacheSize = config.cacheSize ?? 1000;
  const cacheMs = (config.cacheSeconds ?? 60) * 1000;
  const tolerance = config.clockToleranceSeconds ?? defaultClockToleranceSeconds;
  /** Verified tokens (the whole compact token is the key, so any other signature or payload misses). */
  const verified = new Map<
    string,
    {
      readonly principal: Principal;
      readonly claims: { readonly iat?: number | undefined; readonly exp: number; readonly nbf?: number };
      readonly until: number;
    }
  >();

  return {
    verify: async (authorizationHeader) => {
      const token = tokenFromBearerHeader(authorizationHeader);
      const nowMs = (config.currentDate?.() ?? new Date()).getTime();
      const remembered = verified.get(token);
      if (remembered !== undefined) {
        const now = nowMs / 1000;
        const { exp, nbf } = remembered.claims;
        // The same time checks jwtVerify makes; anything else about the token was checked when it was remembered.
        if (
          nowMs < remembered.until &&
          exp > now - tolerance &&
          (nbf === undefined || nbf <= now + tolerance)
        ) {
          checkTokenAge(remembered.claims, config);
          return remembered.principal;
        }
        verified.delete(token);
      }
      let payload: unknown;
      try {
        const currentDate = config.currentDate?.();
        // Two calls because jwtVerify's overloads take either a key or a key resolver, not their union.
        const verified =
          typeof key === 'function'
            ? await jwtVerify(token, key, { ...options, currentDate })
            : await jwtVerify(token, key, { ...options, currentDate });
        payload = verified.payload;
      } catch (error) {
        throw translateJoseError(error);
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) {
        throw new UnauthorizedError(
          'invalid_claims',
          claims.error.issues.map((issue) => issue.message).join('; '),
        );
      }
      checkTokenAge(claims.data, config);
      const principal = principalFromClaims(claims.data);
      if (cacheSize > 0) {
        if (verified.size >= cacheSize) {
          const oldest = verified.keys().next();
          if (oldest.done !== true) verified.delete(oldest.value);
        }
        const nbf = (payload as { nbf?: unknown }).nbf;
        verified.set(token, {
          principal,
          claims: { iat: claims.data.iat, exp: claims.data.exp, ...(typeof nbf === 'number' ? { nbf } : {}) },
          until: nowMs + cacheMs,
        });
      }
      return principal;
    },
  };
};
