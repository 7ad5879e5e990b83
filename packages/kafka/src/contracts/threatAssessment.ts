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

/** The `typ` header of a signed assessment, so that no other token of the police issuer passes as one. */
export const threatAssessmentJwsType = 'relocation-threat-assessment+jwt';

/**
 * Inbound on `police.threat-assessments.v1`, keyed by relocation id: a police region's threat assessment of a case.
 * The Kafka message value is a compact JWS (a signed JWT, header `typ` = `relocation-threat-assessment+jwt`) made
 * by the police issuer; this schema is its payload. The relay verifies the signature against the issuer's JWKS and
 * takes the actor from the signed claims (`sub`, `org`), never from anything unsigned. Strict: fields outside the
 * contract make the message invalid (it goes to the dead-letter topic).
 */
export const threatAssessmentMessageSchema = z
  .strictObject({
    /** The police issuer; must be the configured one. */
    iss: z.string().min(1).max(500),
    /** The engine's relay, as configured (default `urn:relocation:relay`). */
    aud: z.union([z.string().min(1).max(500), z.array(z.string().min(1).max(500)).min(1).max(10)]),
    /** The assessing officer's user id: the actor of the recorded assessment. */
    sub: shortText({ max: 200, trim: false }),
    /** The assessing police region, `police:<region>`: the actor's organisation. */
    org: policeOrganisationIdSchema,
    /** Unique per message (the message id): the relay records a message once and dead-letters a replay. */
    jti: z.uuid(),
    /** Signed at, and expires at (seconds since the epoch); the relay refuses long-lived and expired messages. */
    iat: z.int().min(0),
    exp: z.int().min(0),
    nbf: z.int().min(0).optional(),
    relocationId: z.uuid(),
    level: z.enum(threatLevels),
    validUntil: isoDateTimeSchema,
    extraExclusionZones: z.array(exclusionZoneSchema).max(400),
    recommendation: longText({ max: 4_000, trim: false }),
    policeCaseReference: shortText({ max: 100, trim: false }),
  })
  .meta({
    title: 'Police threat assessment (police.threat-assessments.v1)',
    description:
      'The payload of a compact JWS (typ relocation-threat-assessment+jwt) signed by the police issuer: a police ' +
      'threat assessment of one relocation case. The actor is the signed sub and org.',
  });

export type ThreatAssessmentMessage = z.infer<typeof threatAssessmentMessageSchema>;
