import { longText, shortText } from '@relocation/domain';
import { z } from 'zod';
import { isoDateTimeSchema, policeOrganisationIdSchema } from './identifiers.ts';

export const threatLevels = ['low', 'elevated', 'high', 'severe'] as const;

/** A municipality (4-digit kommunkod) or a whole county (2-digit länskod) the person must not be moved to. */
export const exclusionZoneSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('municipality'),
    code: z.string().regex(/^\d{4}$/, 'a 4-digit kommunkod'),
  }),
  z.strictObject({ kind: z.literal('county'), code: z.string().regex(/^\d{2}$/, 'a 2-digit länskod') }),
]);

/**
 * Inbound on `police.threat-assessments.v1`, keyed by relocation id: a police region's threat assessment of a case.
 * Strict: fields outside the contract make the message invalid (it goes to the dead-letter topic).
 */
export const threatAssessmentMessageSchema = z
  .strictObject({
    /** Unique per message; the relay uses it to process a redelivered message only once. */
    messageId: z.uuid(),
    relocationId: z.uuid(),
    level: z.enum(threatLevels),
    validUntil: isoDateTimeSchema,
    extraExclusionZones: z.array(exclusionZoneSchema).max(400),
    recommendation: longText({ max: 4_000, trim: false }),
    policeCaseReference: shortText({ max: 100, trim: false }),
    assessedBy: z.strictObject({
      userId: shortText({ max: 200, trim: false }),
      organisationId: policeOrganisationIdSchema,
    }),
  })
  .meta({
    title: 'Police threat assessment (police.threat-assessments.v1)',
    description: 'A police threat assessment of one relocation case, sent by a police region.',
  });

export type ThreatAssessmentMessage = z.infer<typeof threatAssessmentMessageSchema>;
