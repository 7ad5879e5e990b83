import { z } from 'zod';
import { shortText } from './text.ts';

export const roles = ['caseworker', 'supervisor', 'police', 'coordinator', 'auditor', 'system'] as const;
export type Role = (typeof roles)[number];

/**
 * Organisation ids: `municipality:<kommunkod>`, `police:<region>`, `coordinator:national`, `audit:national`, and
 * `system:<service>` for the deadline monitor.
 */
export const organisationIdSchema = z
  .string()
  .regex(/^(municipality:\d{4}|police:[a-z]+|coordinator:national|audit:national|system:[a-z-]+)$/, {
    error: 'Unknown kind of organisation id',
  });

/** Who issues a command; the API fills it from the verified token, never from the request body. */
export const actorSchema = z
  .object({
    userId: shortText({ max: 256, trim: false }),
    organisationId: organisationIdSchema,
    role: z.enum(roles),
  })
  .strict();

export type Actor = z.infer<typeof actorSchema>;

export const coordinatorOrganisationId = 'coordinator:national';
export const auditOrganisationId = 'audit:national';

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

/** The region of a `police:<region>` organisation id, or null. */
export function policeRegionOf(organisationId: string): string | null {
  const match = /^police:([a-z]+)$/.exec(organisationId);
  return match?.[1] ?? null;
}
