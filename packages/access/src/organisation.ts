import {
  auditOrganisationId,
  coordinatorOrganisationId,
  isPoliceRegion,
  policeRegions,
  type PoliceRegion,
} from '@relocation/domain';
import { z } from 'zod';

// The police regions are the domain's (one list for tokens, commands, Kafka and the statistics).
export { policeRegions, type PoliceRegion };

export const organisationKinds = ['municipality', 'police', 'coordinator', 'audit'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** `municipality:<kommunkod>`, `police:<region>`, `coordinator:national` or `audit:national` (docs/design.md §2). */
export type OrganisationId =
  | `municipality:${string}`
  | `police:${PoliceRegion}`
  | typeof coordinatorOrganisationId
  | typeof auditOrganisationId;

export type ParsedOrganisation =
  | { readonly kind: 'municipality'; readonly code: string }
  | { readonly kind: 'police'; readonly code: PoliceRegion }
  | { readonly kind: 'coordinator'; readonly code: 'national' }
  | { readonly kind: 'audit'; readonly code: 'national' };

export interface OrganisationOptions {
  /**
   * Whether a four-digit kommunkod is on the official list (the domain package's reference data holds it).
   * Without it, any four digits pass.
   */
  readonly isKnownMunicipality?: (code: string) => boolean;
}

export class InvalidOrganisationIdError extends Error {
  readonly code = 'INVALID_ORGANISATION_ID';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidOrganisationIdError';
  }
}

/** A parsed organisation, or the reason the text is not one. */
export const tryParseOrganisationId = (
  value: string,
  options: OrganisationOptions = {},
):
  | { readonly ok: true; readonly organisation: ParsedOrganisation }
  | { readonly ok: false; readonly reason: string } => {
  const colon = value.indexOf(':');
  const kind = colon < 0 ? value : value.slice(0, colon);
  const code = colon < 0 ? '' : value.slice(colon + 1);
  switch (kind) {
    case 'municipality':
      if (!/^\d{4}$/.test(code)) {
        return {
          ok: false,
          reason: `a municipality id is municipality:<4-digit kommunkod>, e.g. municipality:0180`,
        };
      }
      if (options.isKnownMunicipality !== undefined && !options.isKnownMunicipality(code)) {
        return { ok: false, reason: `${code} is not a kommunkod on the official list of municipalities` };
      }
      return { ok: true, organisation: { kind, code } };
    case 'police':
      if (!isPoliceRegion(code)) {
        return { ok: false, reason: `a police id is police:<region>, one of ${policeRegions.join(', ')}` };
      }
      return { ok: true, organisation: { kind, code } };
    case 'coordinator':
    case 'audit':
      if (code !== 'national')
        return { ok: false, reason: `the only ${kind} organisation is ${kind}:national` };
      return { ok: true, organisation: { kind, code } };
    default:
      return {
        ok: false,
        reason: `an organisation id starts with one of ${organisationKinds.map((k) => `${k}:`).join(', ')}`,
      };
  }
};

/** Parses an organisation id into its kind and code; throws `InvalidOrganisationIdError`. */
export const parseOrganisationId = (value: string, options: OrganisationOptions = {}): ParsedOrganisation => {
  const result = tryParseOrganisationId(value, options);
  if (!result.ok)
    throw new InvalidOrganisationIdError(`'${value}' is not an organisation id: ${result.reason}`);
  return result.organisation;
};

export const formatOrganisationId = (organisation: ParsedOrganisation): OrganisationId => {
  switch (organisation.kind) {
    case 'municipality':
      return `municipality:${organisation.code}`;
    case 'police':
      return `police:${organisation.code}`;
    case 'coordinator':
      return coordinatorOrganisationId;
    case 'audit':
      return auditOrganisationId;
    default: {
      const _exhaustive: never = organisation;
      return _exhaustive;
    }
  }
};

/** Zod schema for an organisation id; pass `isKnownMunicipality` to check the kommunkod against the official list. */
export const createOrganisationIdSchema = (options: OrganisationOptions = {}) =>
  z.string().transform((value, ctx): OrganisationId => {
    const result = tryParseOrganisationId(value, options);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `'${value}' is not an organisation id: ${result.reason}` });
      return z.NEVER;
    }
    return formatOrganisationId(result.organisation);
  });

export const organisationIdSchema = createOrganisationIdSchema();
