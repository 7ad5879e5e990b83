import type { OrganisationId } from './organisation.ts';
import type { Role } from './role.ts';

/** Who is calling: taken from a verified token, never from the request body. */
export interface Principal {
  readonly userId: string;
  readonly organisationId: OrganisationId;
  readonly roles: readonly Role[];
}
