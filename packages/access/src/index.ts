export {
  algorithmsForJwk,
  defaultJwksAlgorithms,
  signatureAlgorithms,
  signatureAlgorithmSchema,
} from './algorithms.ts';
export type { SignatureAlgorithm } from './algorithms.ts';
export { tokenFromBearerHeader } from './bearer.ts';
export { parseDurationSeconds } from './duration.ts';
export { accessClaimsSchema, createAccessClaimsSchema, principalFromClaims } from './claims.ts';
export type { AccessClaims } from './claims.ts';
export {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_SIGNING_KEY_FILE,
  loadOrCreateDevSigningKey,
} from './devSigningKey.ts';
export type { DevSigningKey } from './devSigningKey.ts';
export { InvalidTokenRequestError, mintDevToken } from './devToken.ts';
export type { MintDevTokenRequest } from './devToken.ts';
export { TokenVerifierUnavailableError, UnauthorizedError } from './errors.ts';
export type { UnauthorizedReason } from './errors.ts';
export {
  createOrganisationIdSchema,
  formatOrganisationId,
  InvalidOrganisationIdError,
  organisationIdSchema,
  organisationKinds,
  parseOrganisationId,
  policeRegions,
  tryParseOrganisationId,
} from './organisation.ts';
export type {
  OrganisationId,
  OrganisationKind,
  OrganisationOptions,
  ParsedOrganisation,
  PoliceRegion,
} from './organisation.ts';
export type { Principal } from './principal.ts';
export {
  caseRoles,
  caseRolesOf,
  isCaseRole,
  isStatisticsOnly,
  roleProblems,
  roles,
  roleSchema,
  rolesForOrganisationKind,
} from './role.ts';
export type { CaseRole, Role } from './role.ts';
export { runTokenCli, tokenCliUsage } from './tokenCli.ts';
export type { TokenCliOptions, TokenCliWriter } from './tokenCli.ts';
export { createTokenVerifier, jwksVerifierConfigSchema } from './tokenVerifier.ts';
export type {
  JwksVerifierConfig,
  LocalVerifierConfig,
  TokenVerifier,
  TokenVerifierConfig,
} from './tokenVerifier.ts';
