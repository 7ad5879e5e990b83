import { z } from 'zod';
import { isPoliceRegion, policeRegions, type PoliceRegion } from '../reference/policeRegions.ts';
import { shortText } from './text.ts';

export const roles = ['caseworker', 'supervisor', 'police', 'coordinator', 'auditor', 'system'] as const;
export type Role = (typeof roles)[number];

export const coordinatorOrganisationId = 'coordinator:national';
export const auditOrganisationId = 'audit:national';

/**
 * Organisation ids: `municipality:<kommunkod>`, `police:<region>` (one of `policeRegions`), `coordinator:national`,
 * `audit:national`, and `system:<service>` for the deadline monitor.
 */
export const organisationIdSchema = z
  .string()
  .regex(
    new RegExp(
      `^(municipality:\\d{4}|police:(?:${policeRegions.join('|')})|${coordinatorOrganisationId}|${auditOrganisationId}|system:[a-z-]+)$`,
    ),
    { error: 'Unknown kind of organisation id' },
  );

/** Who issues a command; the API fills it from the verified token, never from the request body. */
export const actorSchema = z
  .object({
    userId: shortText({ max: 256, trim: false }),
    organisationId: organisationIdSchema,
    role: z.enum(roles),
  })
  .strict();

export type Actor = z.infer<typeof actorSchema>;

export function municipalityOrganisationId(code: string): string {
  return `municipality:${code}`;
}

export function policeOrganisationId(region: string): string {
  return `police:${region}`;
}

/** The municipality code of a `municipality:<code>` organisation id, or null. */
export function municipalityCodeOf(organisationId: string): string | null {
  const match = /^municipality:(\d{4})$/.exec(organisationId);
  return match?.[1] ?? null;
}

/** The region of a `police:<region>` organisation id, or null (for an unknown region too). */
export function policeRegionOf(organisationId: string): PoliceRegion | null {
  const region = /^police:(.*)$/.exec(organisationId)?.[1];
  return isPoliceRegion(region) ? region : null;
}
