/**
 * Command payloads: the HTTP request bodies of the API, strict so that an unexpected field is an error rather than
 * silently dropped. Personal data (the person's identity, threat details, the reception plan) arrives here in clear;
 * `decide` seals it before it enters an event.
 */
import { z } from 'zod';
import { exclusionZoneSchema, personalIdentityNumberSchema } from '../reference/municipalities.ts';
import {
  closingOutcomeSchema,
  compromisedExclusionSchema,
  consentPartySchema,
  declineReasonCategorySchema,
  followUpMonthSchema,
  childPlacementOutcomeSchema,
  householdMemberRoleSchema,
  householdSchema,
  needSchema,
  outcomeMonthSchema,
  relocationOutcomeSchema,
  policeTrackSchema,
  protectionLevelSchema,
  threatLevelSchema,
  urgencySchema,
} from '../schemas/caseFacts.ts';
import { isoDateSchema, isoInstantSchema, reasonTextSchema, uuidSchema } from '../schemas/primitives.ts';
import { shortText } from '../schemas/text.ts';

const exclusionZonesSchema = z.array(exclusionZoneSchema).max(400, { error: 'Too many exclusion zones' });
const municipalityCodeSchema = z.string().regex(/^\d{4}$/, { error: 'A municipality code has four digits' });
const reason = z.object({ reason: reasonTextSchema }).strict();

export const personSchema = z
  .object({
    name: shortText({ max: 200, minError: 'Give the person’s name' }),
    personalIdentityNumber: personalIdentityNumberSchema,
    protectionLevel: protectionLevelSchema,
  })
  .strict();
export type Person = z.infer<typeof personSchema>;

export const initiateRelocationPayloadSchema = z
  .object({
    person: personSchema,
    household: householdSchema,
    needs: z
      .array(needSchema)
      .refine((list) => new Set(list).size === list.length, { error: 'List each need once' }),
    urgency: urgencySchema,
    exclusionZones: exclusionZonesSchema,
  })
  .strict();

export const recordConsentPayloadSchema = z
  .object({
    parties: z.array(consentPartySchema).min(1, { error: 'Name at least one party the person consented to' }),
    consentDate: isoDateSchema,
    documentReference: shortText({ max: 200, minError: 'Give the reference of the signed consent' }),
  })
  .strict();

export const withdrawConsentPayloadSchema = z.object({ withdrawnOn: isoDateSchema }).strict();

export const submitRelocationPayloadSchema = z.object({}).strict();

export const recordThreatAssessmentPayloadSchema = z
  .object({
    level: threatLevelSchema,
    validUntil: isoDateSchema,
    exclusionZones: exclusionZonesSchema,
    recommendation: reasonTextSchema,
    policeCaseReference: shortText({ max: 100, minError: 'Give the police case reference' }),
    /** The police track (docs/design.md §3.5); `defector` when left out. */
    track: policeTrackSchema.optional(),
  })
  .strict();

/**
 * After arrival the destination's police reassess the threat (docs/design.md §3.5): a new level, how long it is valid
 * (the next reassessment deadline), the track, and their reasoning (sealed with the police case reference).
 */
export const reassessThreatPayloadSchema = z
  .object({
    level: threatLevelSchema,
    validUntil: isoDateSchema,
    recommendation: reasonTextSchema,
    policeCaseReference: shortText({ max: 100, minError: 'Give the police case reference' }),
    track: policeTrackSchema.optional(),
  })
  .strict();

export const escalateThreatPayloadSchema = z
  .object({
    reason: reasonTextSchema,
    exclusionZones: exclusionZonesSchema,
  })
  .strict();

export const proposeReceivingMunicipalityPayloadSchema = z
  .object({ municipalityCode: municipalityCodeSchema })
  .strict();

export const housingSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ownLease') }).strict(),
  z.object({ type: z.literal('acuteHousing') }).strict(),
  z
    .object({
      type: z.literal('protectedHousing'),
      providerId: shortText({ max: 200, minError: 'Name the provider', trim: false }),
    })
    .strict(),
]);
export type Housing = z.infer<typeof housingSchema>;

export const acceptHandoverPayloadSchema = z
  .object({
    contactPerson: z
      .object({ name: shortText({ max: 200 }), phone: shortText({ min: 5, max: 40 }) })
      .strict(),
    housing: housingSchema,
    plannedMoveDate: isoDateSchema,
    address: shortText({ max: 300 }).optional(),
  })
  .strict();

export const declineHandoverPayloadSchema = z
  .object({ reasonCategory: declineReasonCategorySchema, reason: reasonTextSchema })
  .strict();

export const grantDestinationClearancePayloadSchema = reason;
export const refuseDestinationClearancePayloadSchema = reason;

export const confirmArrivalPayloadSchema = z.object({ arrivedOn: isoDateSchema }).strict();

export const recordFollowUpPayloadSchema = z
  .object({ month: followUpMonthSchema, notes: reasonTextSchema })
  .strict();

export const closeCasePayloadSchema = z
  .object({ outcome: closingOutcomeSchema, notes: reasonTextSchema.optional() })
  .strict();

export const suspendCasePayloadSchema = reason;
export const resumeCasePayloadSchema = reason;
export const abortRelocationPayloadSchema = reason;

export const extendDeadlinePayloadSchema = z
  .object({ deadlineId: uuidSchema, dueAt: isoInstantSchema, reason: reasonTextSchema })
  .strict();

/** A colleague in the supervisor's own organisation; the user id is the token subject (`sub`). */
const handlerUserIdSchema = shortText({ max: 200, minError: 'Name the colleague (their user id)' });
export const assignHandlerPayloadSchema = z.object({ userId: handlerUserIdSchema }).strict();
export const unassignHandlerPayloadSchema = z.object({ userId: handlerUserIdSchema }).strict();

/** Why a case's personal data is erased: the retention rule, or an operator acting on a decision. */
export const erasureReasons = ['retention', 'operatorRequest'] as const;
export const eraseCasePayloadSchema = z.object({ reason: z.enum(erasureReasons) }).strict();

export const markDeadlineMissedPayloadSchema = z.object({ deadlineId: uuidSchema }).strict();
export const raiseEscalationPayloadSchema = z.object({ deadlineId: uuidSchema }).strict();

/** Transfer of the case (docs/design.md §3.1): reasons and the person's view are free text, sealed in the event. */
export const requestTransferPayloadSchema = z
  .object({
    toMunicipalityCode: municipalityCodeSchema,
    reasons: reasonTextSchema,
    personView: reasonTextSchema,
  })
  .strict();
export const agreeTransferPayloadSchema = z
  .object({
    effectiveFrom: isoDateSchema,
    costAgreement: z
      .object({ payerMunicipalityCode: municipalityCodeSchema, since: isoDateSchema })
      .strict()
      .optional(),
  })
  .strict();
export const refuseTransferPayloadSchema = z.object({ reasons: reasonTextSchema }).strict();
export const recordIvoApplicationPayloadSchema = z
  .object({
    appliedOn: isoDateSchema,
    reference: shortText({ max: 100, minError: 'Give IVO’s reference (diarienummer)' }),
  })
  .strict();
export const recordIvoDecisionPayloadSchema = z
  .object({
    responsibleMunicipalityCode: municipalityCodeSchema,
    decidedOn: isoDateSchema,
    receivedOn: isoDateSchema,
  })
  .strict();
export const recordIvoAppealPayloadSchema = z.object({ appealedOn: isoDateSchema }).strict();
export const recordIvoDecisionFinalPayloadSchema = z
  .object({ responsibleMunicipalityCode: municipalityCodeSchema, finalOn: isoDateSchema })
  .strict();
export const recordPersonSettledPayloadSchema = z
  .object({ municipalityCode: municipalityCodeSchema, settledOn: isoDateSchema })
  .strict();

/**
 * Direct placement (docs/design.md §3.3): the responsible municipality places the household in a unit allowed to
 * operate on the move date, in another municipality, without the acceptance step. Why it is acute is free text.
 */
export const placeDirectlyPayloadSchema = z
  .object({
    municipalityCode: municipalityCodeSchema,
    unitId: shortText({ max: 200, minError: 'Name the unit (its id in the provider register)', trim: false }),
    plannedMoveDate: isoDateSchema,
    reason: reasonTextSchema,
  })
  .strict();
/** The vistelsekommun acknowledges that it has been told of the placement. */
export const acknowledgeDirectPlacementPayloadSchema = z.object({}).strict();

/**
 * After arrival the police or the municipality the household lives in record that the location is compromised
 * (docs/design.md §3.4): why (sealed), whether the municipality or its whole county is excluded from the renewed
 * relocation, and how urgent the new move is. The linked case opens from the same command.
 */
export const recordLocationCompromisedPayloadSchema = z
  .object({ reason: reasonTextSchema, exclusion: compromisedExclusionSchema, urgency: urgencySchema })
  .strict();

/**
 * Fingerade personuppgifter (docs/design.md §5): the police record the person's new name and personnummer and the
 * date of their decision. All of it is sealed; the protection level becomes `assumedIdentity`.
 */
export const changeIdentityPayloadSchema = z
  .object({
    name: shortText({ max: 200, minError: 'Give the person’s new name' }),
    personalIdentityNumber: personalIdentityNumberSchema,
    decidedOn: isoDateSchema,
  })
  .strict();

/**
 * The outcome 6 or 12 months after arrival (issue 15): a category for the statistics and optional notes (sealed).
 * The 12-month outcome is due after a case has usually been closed; it is recorded on the closed case.
 */
export const recordOutcomePayloadSchema = z
  .object({ month: outcomeMonthSchema, outcome: relocationOutcomeSchema, notes: reasonTextSchema.optional() })
  .strict();

/**
 * A co-moving member's consent (docs/design.md §3.2): an adult's own; for a child, all guardians' consent, or the
 * fact that a guardian has not consented (then protected housing needs the administrative court, lag 2024:79).
 * The document reference is free text, sealed.
 */
export const memberConsentSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('own'),
      consentDate: isoDateSchema,
      documentReference: shortText({ max: 200, minError: 'Give the reference of the signed consent' }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('allGuardians'),
      consentDate: isoDateSchema,
      documentReference: shortText({ max: 200, minError: 'Give the reference of the guardians’ consent' }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('guardianMissing'),
      documentReference: shortText({ max: 200 }).optional(),
    })
    .strict(),
]);

/**
 * Names a co-moving adult or child on the case. `memberId` may be given by the client (a retry then finds it
 * taken); without it the engine makes one. An adult gives their own consent, a child their guardians'.
 */
export const addHouseholdMemberPayloadSchema = z
  .object({
    memberId: uuidSchema.optional(),
    role: householdMemberRoleSchema,
    person: personSchema,
    consent: memberConsentSchema,
  })
  .strict()
  .refine((p) => (p.role === 'adult') === (p.consent.kind === 'own'), {
    error: 'An adult gives their own consent; for a child give the guardians’ consent or that it is missing',
    path: ['consent', 'kind'],
  });
const memberIdOnly = { memberId: uuidSchema };
export const removeHouseholdMemberPayloadSchema = z.object(memberIdOnly).strict();
/** A child's own view, heard on a date (free text, sealed). */
export const recordChildViewPayloadSchema = z
  .object({ ...memberIdOnly, heardOn: isoDateSchema, view: reasonTextSchema })
  .strict();
/** A children's impact assessment (barnkonsekvensanalys) for one child: four headings, each free text (sealed). */
export const recordChildImpactAssessmentPayloadSchema = z
  .object({
    ...memberIdOnly,
    bestInterests: reasonTextSchema,
    school: reasonTextSchema,
    contactWithOtherParent: reasonTextSchema,
    health: reasonTextSchema,
  })
  .strict();
export const recordChildPlacementApplicationPayloadSchema = z
  .object({
    ...memberIdOnly,
    appliedOn: isoDateSchema,
    courtReference: shortText({ max: 100, minError: 'Give the court’s reference (målnummer)' }),
  })
  .strict();
export const recordChildPlacementDecisionPayloadSchema = z
  .object({
    ...memberIdOnly,
    decidedOn: isoDateSchema,
    outcome: childPlacementOutcomeSchema,
    courtReference: shortText({ max: 100, minError: 'Give the court’s reference (målnummer)' }),
  })
  .strict();
export const recordSchoolPlacementPayloadSchema = z
  .object({ ...memberIdOnly, startsOn: isoDateSchema })
  .strict();

/** Every command type and the schema of its payload (the request body). */
export const commandPayloadSchemas = {
  InitiateRelocation: initiateRelocationPayloadSchema,
  RecordConsent: recordConsentPayloadSchema,
  WithdrawConsent: withdrawConsentPayloadSchema,
  SubmitRelocation: submitRelocationPayloadSchema,
  RecordThreatAssessment: recordThreatAssessmentPayloadSchema,
  EscalateThreat: escalateThreatPayloadSchema,
  ProposeReceivingMunicipality: proposeReceivingMunicipalityPayloadSchema,
  AcceptHandover: acceptHandoverPayloadSchema,
  DeclineHandover: declineHandoverPayloadSchema,
  GrantDestinationClearance: grantDestinationClearancePayloadSchema,
  RefuseDestinationClearance: refuseDestinationClearancePayloadSchema,
  ConfirmArrival: confirmArrivalPayloadSchema,
  RecordFollowUp: recordFollowUpPayloadSchema,
  CloseCase: closeCasePayloadSchema,
  SuspendCase: suspendCasePayloadSchema,
  ResumeCase: resumeCasePayloadSchema,
  AbortRelocation: abortRelocationPayloadSchema,
  ExtendDeadline: extendDeadlinePayloadSchema,
  MarkDeadlineMissed: markDeadlineMissedPayloadSchema,
  RaiseEscalation: raiseEscalationPayloadSchema,
  AssignHandler: assignHandlerPayloadSchema,
  UnassignHandler: unassignHandlerPayloadSchema,
  EraseCase: eraseCasePayloadSchema,
  RequestTransfer: requestTransferPayloadSchema,
  AgreeTransfer: agreeTransferPayloadSchema,
  RefuseTransfer: refuseTransferPayloadSchema,
  RecordIvoApplication: recordIvoApplicationPayloadSchema,
  RecordIvoDecision: recordIvoDecisionPayloadSchema,
  RecordIvoAppeal: recordIvoAppealPayloadSchema,
  RecordIvoDecisionFinal: recordIvoDecisionFinalPayloadSchema,
  RecordPersonSettled: recordPersonSettledPayloadSchema,
  PlaceDirectly: placeDirectlyPayloadSchema,
  AcknowledgeDirectPlacement: acknowledgeDirectPlacementPayloadSchema,
  ReassessThreat: reassessThreatPayloadSchema,
  RecordLocationCompromised: recordLocationCompromisedPayloadSchema,
  ChangeIdentity: changeIdentityPayloadSchema,
  RecordOutcome: recordOutcomePayloadSchema,
  AddHouseholdMember: addHouseholdMemberPayloadSchema,
  RemoveHouseholdMember: removeHouseholdMemberPayloadSchema,
  RecordChildView: recordChildViewPayloadSchema,
  RecordChildImpactAssessment: recordChildImpactAssessmentPayloadSchema,
  RecordChildPlacementApplication: recordChildPlacementApplicationPayloadSchema,
  RecordChildPlacementDecision: recordChildPlacementDecisionPayloadSchema,
  RecordSchoolPlacement: recordSchoolPlacementPayloadSchema,
} as const;

export type CommandType = keyof typeof commandPayloadSchemas;
export const commandTypes = Object.keys(commandPayloadSchemas) as CommandType[];
export type CommandPayload<T extends CommandType> = z.infer<(typeof commandPayloadSchemas)[T]>;
