import { auditOrganisationId, coordinatorOrganisationId, policeRegions } from '@relocation/domain';
import { z } from 'zod';

/** The police regions of Sweden (docs/design.md §2): the domain's list, as used in `police:<region>` ids. */
export { policeRegions };

const regionPattern = policeRegions.join('|');

/** An organisation id: `municipality:<kommunkod>`, `police:<region>`, `coordinator:national` or `audit:national`. */
export const organisationIdSchema = z
  .string()
  .regex(
    new RegExp(
      `^(?:municipality:\\d{4}|police:(?:${regionPattern})|${coordinatorOrganisationId}|${auditOrganisationId})$`,
    ),
    'an organisation id such as municipality:0180, police:syd or coordinator:national',
  )
  .meta({
    description:
      'Organisation id: municipality:<kommunkod>, police:<region>, coordinator:national, audit:national',
  });

/** The organisation id of a police region, `police:<region>`. */
export const policeOrganisationIdSchema = z
  .string()
  .regex(
    new RegExp(`^police:(?:${regionPattern})$`),
    `police:<region>, region one of ${policeRegions.join(', ')}`,
  )
  .meta({ description: 'A police region: police:<region>' });

/** An ISO-8601 date-time with a time zone offset or Z, e.g. 2026-11-23T12:00:00Z. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
