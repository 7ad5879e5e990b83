import { shortText } from '@relocation/domain';
import { z } from 'zod';
import { createOrganisationIdSchema, parseOrganisationId } from './organisation.ts';
import type { OrganisationOptions } from './organisation.ts';
import type { Principal } from './principal.ts';
import { roleProblems, roleSchema } from './role.ts';

const numericDate = z.number().int().nonnegative();

/**
 * The claims of an access token: `sub` (user id), `org` (organisation id), `roles`, plus the standard
 * `iss`, `aud`, `exp`, `nbf`, `iat`. The roles must fit the organisation's kind.
 */
export const createAccessClaimsSchema = (options: OrganisationOptions = {}) =>
  z
    .object({
      // The user id is stored in every event the user causes: text the store and the read models can hold.
      sub: shortText({ max: 256, trim: false, minError: 'sub (the user id) must not be empty' }),
      org: createOrganisationIdSchema(options),
      roles: z.array(roleSchema),
      iss: z.string().min(1),
      aud: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
      exp: numericDate,
      nbf: numericDate.optional(),
      iat: numericDate.optional(),
    })
    .superRefine((claims, ctx) => {
      const { kind } = parseOrganisationId(claims.org);
      for (const message of roleProblems(kind, claims.org, claims.roles)) {
        ctx.addIssue({ code: 'custom', path: ['roles'], message });
      }
    });

export const accessClaimsSchema = createAccessClaimsSchema();

export type AccessClaims = z.infer<typeof accessClaimsSchema>;

export const principalFromClaims = (claims: AccessClaims): Principal => ({
  userId: claims.sub,
  organisationId: claims.org,
  roles: [...claims.roles],
});
