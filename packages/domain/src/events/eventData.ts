/**
 * Event payloads, at the versions `eventVersions` (event.ts) names; older stored shapes are upcast on read
 * (upcasters.ts).
 *
 * Personal data split: the person's identity (name, personnummer, protection level), the threat assessment's
 * details (recommendation, police case reference), threat escalation reasons, the reception plan (contact person,
 * address) and every free-text field (reasons, notes: a caseworker may write anything there) are stored only as a
 * `SealedEnvelope` that the API produces with the case's data key. Everything else stays plain because the workflow,
 * the read models and the statistics need it and it identifies nobody on its own: household size and children's
 * ages, the needs checklist, urgency, exclusion zones, threat levels, municipality codes, dates and deadlines.
 */
import { z } from 'zod';
import { exclusionZoneSchema } from '../reference/municipalities.ts';
import {
  childImpactStageSchema,
  childPlacementOutcomeSchema,
  childViewWeightSchema,
  guardianConsentStatusSchema,
  householdMemberRoleSchema,
  caseOutcomeSchema,
  consentPartySchema,
  declineReasonCategorySchema,
  followUpMonthSchema,
  householdSchema,
  housingTypeSchema,
  outcomeMonthSchema,
  relocationOutcomeSchema,
  needSchema,
  policeTrackSchema,
  threatLevelSchema,
  urgencySchema,
} from '../schemas/caseFacts.ts';
import { isoDateSchema, isoInstantSchema, uuidSchema } from '../schemas/primitives.ts';
import { sealedEnvelopeSchema, unsealedV1TextSchema } from '../schemas/sealed.ts';
import { ledgerEntrySchema, ledgerSourceSchema, transferSourceSchema } from '../schemas/responsibility.ts';
import { deadlineKindSchema, escalationLevelSchema } from './deadlineKinds.ts';

const code = z.string().regex(/^\d{4}$/);
const zones = z.array(exclusionZoneSchema);
const sealed = sealedEnvelopeSchema;

export const suspendableStatuses = [
  'threatAssessment',
  'matching',
  'awaitingReceiverDecision',
  'destinationClearance',
  'awaitingArrival',
  'followUp',
] as const;
export const suspendableStatusSchema = z.enum(suspendableStatuses);
export type SuspendableStatus = z.infer<typeof suspendableStatusSchema>;

/** What a threat escalation did to the case; see `escalationEffect` in workflow/rules.ts. */
export const escalationEffects = ['reassessment', 'acceptanceLapsed', 'clearanceRequired'] as const;
export const escalationEffectSchema = z.enum(escalationEffects);
export type EscalationEffect = z.infer<typeof escalationEffectSchema>;

export const eventDataSchemas = {
  RelocationInitiated: z
    .object({
      relocationId: uuidSchema,
      sendingMunicipalityCode: code,
      urgency: urgencySchema,
      household: householdSchema,
      needs: z.array(needSchema),
      exclusionZones: zones,
      person: sealed,
      /**
       * True when the person has protected personal data (sekretessmarkering or skyddad folkbokföring). Plain so
       * that read models can withhold identity without opening the envelope; on its own it identifies nobody.
       * Absent in events written before it existed: read as false.
       */
      protectedIdentity: z.boolean().optional(),
      /**
       * Version 2: the household the case moves, stable across linked cases (docs/design.md §3.4). A case opened by
       * InitiateRelocation starts its own household (its id is the relocation id); a renewed relocation carries the
       * old case's. Version 1 events are upcast with their relocation id.
       */
      householdId: uuidSchema,
      /** Version 2: the case whose compromised location this one relocates the household from, or null. */
      previousRelocationId: uuidSchema.nullable(),
      /**
       * A renewed relocation only: the old case's responsible municipality and bosättningskommun, as its ledger had
       * them (docs/design.md §3.1: neither arrival nor a new move moves responsibility). Absent: the sending
       * municipality opens the case and is both.
       */
      carriedResponsibility: z
        .object({ responsible: ledgerEntrySchema, bosattningskommun: ledgerEntrySchema.nullable() })
        .strict()
        .optional(),
    })
    .strict(),
  /** Version 2: the document reference is sealed (version 1 stored it in clear; see upcasters.ts). */
  ConsentRecorded: z
    .object({
      parties: z.array(consentPartySchema),
      consentDate: isoDateSchema,
      documentReference: z.union([sealed, unsealedV1TextSchema]),
    })
    .strict(),
  ConsentWithdrawn: z.object({ withdrawnOn: isoDateSchema }).strict(),
  RelocationSubmitted: z.object({}).strict(),
  /** Version 2: the police track (docs/design.md §3.5); version 1 is upcast as `defector`. */
  ThreatAssessmentRecorded: z
    .object({
      level: threatLevelSchema,
      validUntil: isoDateSchema,
      exclusionZones: zones,
      details: sealed,
      track: policeTrackSchema,
    })
    .strict(),
  ThreatEscalated: z
    .object({ exclusionZones: zones, effect: escalationEffectSchema, reason: sealed })
    .strict(),
  ReceivingMunicipalityProposed: z.object({ municipalityCode: code }).strict(),
  HandoverAccepted: z
    .object({
      municipalityCode: code,
      housingType: housingTypeSchema,
      providerId: z.string().nullable(),
      plannedMoveDate: isoDateSchema,
      receptionPlan: sealed,
    })
    .strict(),
  /** Version 2: the categories of docs/design.md §3.1 (noHousing, noCapacity, threatSituation, other). */
  HandoverDeclined: z
    .object({ municipalityCode: code, reasonCategory: declineReasonCategorySchema, reason: sealed })
    .strict(),
  DestinationClearanceGranted: z.object({ municipalityCode: code, reason: sealed }).strict(),
  DestinationClearanceRefused: z.object({ municipalityCode: code, reason: sealed }).strict(),
  ArrivalConfirmed: z.object({ municipalityCode: code, arrivedOn: isoDateSchema }).strict(),
  /**
   * Version 2: why responsibility moved (`source`) and from which date (`effectiveFrom`). Version 1 moved it on
   * arrival; upcast as `arrivalV1` with no date (the event's own time applies).
   */
  ResponsibilityTransferred: z
    .object({
      fromMunicipalityCode: code,
      toMunicipalityCode: code,
      source: transferSourceSchema,
      effectiveFrom: isoDateSchema.nullable(),
    })
    .strict(),
  /** The person registered (settled) in a municipality: it becomes the bosättningskommun. */
  PersonSettled: z.object({ municipalityCode: code, settledOn: isoDateSchema }).strict(),
  /** An entry of the responsibility ledger other than responsibility itself (vistelsekommun, placing). */
  LedgerEntryRecorded: z
    .object({
      entry: z.enum(['vistelsekommun', 'placingMunicipality']),
      municipalityCode: code,
      since: isoDateSchema,
      source: ledgerSourceSchema,
    })
    .strict(),
  /** The responsible municipality asks another to take over the case in writing (reasons, the person's view). */
  TransferRequested: z
    .object({
      fromMunicipalityCode: code,
      toMunicipalityCode: code,
      requestedOn: isoDateSchema,
      reasons: sealed,
      personView: sealed,
    })
    .strict(),
  /** The asked municipality agreed: responsibility moves on `effectiveFrom`, with any cost agreement. */
  TransferAgreed: z
    .object({
      toMunicipalityCode: code,
      effectiveFrom: isoDateSchema,
      costAgreement: z.object({ payerMunicipalityCode: code, since: isoDateSchema }).strict().nullable(),
    })
    .strict(),
  TransferRefused: z.object({ toMunicipalityCode: code, reasons: sealed }).strict(),
  /** The requester applied to IVO, after a refusal or a month without a written answer. */
  IvoApplicationRecorded: z
    .object({ appliedOn: isoDateSchema, reference: sealed, after: z.enum(['refusal', 'noAnswer']) })
    .strict(),
  /** IVO's decision on who is responsible, and when it was received (the three weeks to appeal run from it). */
  IvoDecisionRecorded: z
    .object({
      responsibleMunicipalityCode: code,
      decidedOn: isoDateSchema,
      receivedOn: isoDateSchema,
      appealUntil: isoDateSchema,
    })
    .strict(),
  IvoDecisionAppealed: z.object({ appellantMunicipalityCode: code, appealedOn: isoDateSchema }).strict(),
  /** The decision (IVO's, or the court's after an appeal) is final: who is responsible, from which date. */
  IvoDecisionBecameFinal: z.object({ responsibleMunicipalityCode: code, finalOn: isoDateSchema }).strict(),
  FollowUpRecorded: z.object({ month: followUpMonthSchema, notes: sealed }).strict(),
  CaseClosed: z.object({ outcome: caseOutcomeSchema, notes: sealed.nullable() }).strict(),
  CaseSuspended: z
    .object({
      suspendedFrom: suspendableStatusSchema,
      reason: sealed,
      /** Each open deadline's time left (milliseconds) when the case was suspended; resume gives it back. */
      paused: z.array(
        z
          .object({
            kind: deadlineKindSchema,
            ownerOrganisationId: z.string(),
            remainingMs: z.number().int().min(0),
          })
          .strict(),
      ),
    })
    .strict(),
  CaseResumed: z.object({ resumedTo: suspendableStatusSchema, reason: sealed }).strict(),
  RelocationAborted: z.object({ reason: sealed }).strict(),
  DeadlineScheduled: z
    .object({
      deadlineId: uuidSchema,
      kind: deadlineKindSchema,
      ownerOrganisationId: z.string(),
      dueAt: isoInstantSchema,
      escalateAt: isoInstantSchema,
    })
    .strict(),
  DeadlineMet: z.object({ deadlineId: uuidSchema }).strict(),
  DeadlineCancelled: z
    .object({ deadlineId: uuidSchema, reason: z.enum(['stateLeft', 'suspended', 'caseEnded']) })
    .strict(),
  DeadlineExtended: z
    .object({ deadlineId: uuidSchema, dueAt: isoInstantSchema, escalateAt: isoInstantSchema, reason: sealed })
    .strict(),
  DeadlineMissed: z
    .object({ deadlineId: uuidSchema, kind: deadlineKindSchema, dueAt: isoInstantSchema })
    .strict(),
  EscalationRaised: z
    .object({
      deadlineId: uuidSchema,
      kind: deadlineKindSchema,
      level: escalationLevelSchema,
      /** Who is alerted: the coordinator always, plus the deadline's owner. */
      notify: z.array(z.string()),
      /**
       * At level 2: for an unanswered transfer request, the requester may apply to IVO (socialtjänstlagen
       * (2025:400), formerly 2 a kap. 10-11 §§ SoL (2001:453)); for an unanswered handover proposal, propose another
       * municipality. Events written before the transfer existed suggested `ivoApplication` for a handover too.
       */
      suggestion: z.enum(['ivoApplication', 'proposeAnotherMunicipality']).nullable(),
    })
    .strict(),
  /** A supervisor gave a colleague of their own organisation access to the case (need to know). */
  HandlerAssigned: z.object({ organisationId: z.string(), userId: z.string() }).strict(),
  HandlerUnassigned: z.object({ organisationId: z.string(), userId: z.string() }).strict(),
  /**
   * The case's data key was destroyed: every sealed envelope of the case is unreadable from now on and read models
   * drop its personal data. The events themselves stay, so the history still verifies.
   */
  CaseErased: z.object({ reason: z.enum(['retention', 'operatorRequest']) }).strict(),
  /**
   * The responsible (placing) municipality placed the household directly in a unit of another municipality, without
   * the acceptance step (docs/design.md §3.3); the destination must acknowledge and the police clear it.
   */
  PlacedDirectly: z
    .object({
      municipalityCode: code,
      placingMunicipalityCode: code,
      unitId: z.string(),
      plannedMoveDate: isoDateSchema,
      reason: sealed,
    })
    .strict(),
  /** The vistelsekommun acknowledged that it was told of the direct placement. */
  DirectPlacementAcknowledged: z.object({ municipalityCode: code }).strict(),
  /** The destination's police reassessed the threat after arrival; `validUntil` is the next reassessment date. */
  ThreatReassessed: z
    .object({
      level: threatLevelSchema,
      validUntil: isoDateSchema,
      track: policeTrackSchema,
      details: sealed,
    })
    .strict(),
  /**
   * After arrival the location was found compromised (docs/design.md §3.4): the municipality the household lives
   * in, the zone the renewed relocation excludes, the id of the linked case that takes the household on, and why
   * (sealed). The case closes with outcome `relocatedAgain` in the same append. The linked case's first events are
   * a pure function of this case's events up to this one (renewal/renewedCaseEvents.ts).
   */
  LocationCompromised: z
    .object({
      municipalityCode: code,
      exclusionZone: exclusionZoneSchema,
      renewedRelocationId: uuidSchema,
      /** The urgency of the renewed relocation. */
      urgency: urgencySchema,
      reason: sealed,
    })
    .strict(),
  /**
   * The police decided on fingerade personuppgifter (docs/design.md §5): the new identity (name, personnummer,
   * protection level `assumedIdentity`), sealed, and the decision date (sealed with it: the date alone could link
   * the two identities). Shown only to assigned handlers; everyone else sees no trace of it.
   */
  IdentityChanged: z.object({ identity: sealed }).strict(),
  /** Where the person is 6 or 12 months after arrival (issue 15); notes sealed. */
  OutcomeRecorded: z
    .object({ month: outcomeMonthSchema, outcome: relocationOutcomeSchema, notes: sealed.nullable() })
    .strict(),
  /**
   * A co-moving adult or child was named on the case (docs/design.md §3.2). The identity (name, personnummer,
   * protection level) and the consent (an adult's own, or the guardians' document reference) are sealed; plain are
   * the role, a child's birth year (for school age and the weight of the child's view), whether the identity is
   * protected, and a child's guardian consent status (lag 2024:79 turns on it).
   */
  HouseholdMemberAdded: z
    .object({
      memberId: uuidSchema,
      role: householdMemberRoleSchema,
      birthYear: z.number().int().min(1900).max(2200).nullable(),
      protectedIdentity: z.boolean(),
      guardianConsent: guardianConsentStatusSchema.nullable(),
      identity: sealed,
      consent: sealed,
    })
    .strict(),
  HouseholdMemberRemoved: z.object({ memberId: uuidSchema }).strict(),
  /** A child's own view, heard on a date; `weight` follows the child's age that year (15 and over: own wishes). */
  ChildViewRecorded: z
    .object({ memberId: uuidSchema, heardOn: isoDateSchema, weight: childViewWeightSchema, view: sealed })
    .strict(),
  /** A children's impact assessment (barnkonsekvensanalys) for one child; its content is sealed. */
  ChildImpactAssessmentRecorded: z
    .object({ memberId: uuidSchema, stage: childImpactStageSchema, assessment: sealed })
    .strict(),
  /** An application to the administrative court to place a child in protected housing without a guardian's consent. */
  ChildPlacementApplicationRecorded: z
    .object({ memberId: uuidSchema, appliedOn: isoDateSchema, reference: sealed })
    .strict(),
  /** The administrative court's decision on that application (lag 2024:79). */
  ChildPlacementDecisionRecorded: z
    .object({
      memberId: uuidSchema,
      decidedOn: isoDateSchema,
      outcome: childPlacementOutcomeSchema,
      reference: sealed,
    })
    .strict(),
  /** Arrival owes a school placement for a child of school age; the receiving municipality owns the task. */
  SchoolPlacementRequired: z.object({ memberId: uuidSchema }).strict(),
  /** The receiving municipality placed the child in a school from a date (the school itself is not recorded). */
  SchoolPlacementRecorded: z.object({ memberId: uuidSchema, startsOn: isoDateSchema }).strict(),
} as const;

export type EventType = keyof typeof eventDataSchemas;
export const eventTypes = Object.keys(eventDataSchemas) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;
