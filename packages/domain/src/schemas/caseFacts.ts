import { z } from 'zod';

/** Parties the person can consent to share the case with. */
export const consentParties = ['police', 'coordinator', 'receivingMunicipality'] as const;
export const consentPartySchema = z.enum(consentParties);
export type ConsentParty = z.infer<typeof consentPartySchema>;

/**
 * The police track of a case (docs/design.md §3.5): a defector case (avhopparärende, which needs the person's
 * consent to share information) or person-security work for a witness (särskilt personsäkerhetsarbete, förordning
 * 2006:519). Assessments recorded before the track existed read as `defector`: the engine was built for them.
 */
export const policeTracks = ['defector', 'personSecurity'] as const;
export const policeTrackSchema = z.enum(policeTracks);
export type PoliceTrack = z.infer<typeof policeTrackSchema>;

export const urgencies = ['acute', 'planned'] as const;
export const urgencySchema = z.enum(urgencies);
export type Urgency = z.infer<typeof urgencySchema>;

export const needs = [
  'housing',
  'protectedHousing',
  'incomeSupport',
  'addictionCare',
  'psychiatricCare',
  'debtAdvice',
  'school',
  'contactPerson',
] as const;
export const needSchema = z.enum(needs);
export type Need = z.infer<typeof needSchema>;

/** Household composition without identities: counts and children's ages only. */
export const householdSchema = z
  .object({
    adults: z.number().int().min(1, { error: 'A household has at least one adult' }).max(10),
    childrenAges: z.array(z.number().int().min(0).max(17, { error: 'A child is under 18' })).max(15),
  })
  .strict();
export type Household = z.infer<typeof householdSchema>;

/**
 * Protection levels (docs/design.md §5): none, sekretessmarkering (`confidentialAddress`), skyddad folkbokföring
 * (`protectedRegistration`) and fingerade personuppgifter (`assumedIdentity`, decided by the police: the person has a
 * new name and personnummer, recorded by ChangeIdentity). Every level but `none` shows the identity to assigned
 * handlers only. The level lives inside the sealed identity.
 */
export const protectionLevels = [
  'none',
  'confidentialAddress',
  'protectedRegistration',
  'assumedIdentity',
] as const;
export const protectionLevelSchema = z.enum(protectionLevels);
export type ProtectionLevel = z.infer<typeof protectionLevelSchema>;

/**
 * The level as a sealed identity holds it: identities sealed before the four levels existed say
 * `protectedIdentity` for skyddad folkbokföring. Sealed values are never rewritten, so whoever opens one reads it
 * through this (the read models, the API); anything else is returned as it is, for the schema to judge.
 */
export function currentProtectionLevel(stored: unknown): unknown {
  return stored === 'protectedIdentity' ? 'protectedRegistration' : stored;
}

/** An opened identity (`{ name, personalIdentityNumber, protectionLevel }`) with its level read as today's. */
export function openedIdentity(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const identity = value as Record<string, unknown>;
  return 'protectionLevel' in identity
    ? { ...identity, protectionLevel: currentProtectionLevel(identity.protectionLevel) }
    : value;
}

export const threatLevels = ['low', 'elevated', 'high', 'severe'] as const;
export const threatLevelSchema = z.enum(threatLevels);
export type ThreatLevel = z.infer<typeof threatLevelSchema>;

export const housingTypes = ['ownLease', 'acuteHousing', 'protectedHousing'] as const;
export const housingTypeSchema = z.enum(housingTypes);
export type HousingType = z.infer<typeof housingTypeSchema>;

/**
 * Why a proposed municipality cannot receive and house the person (docs/design.md §3.1: this is the handover
 * answer, not the answer to a transfer of the case). Counted for the statistics. Version 1 events had
 * `securityConcern` (now `threatSituation`) and `needsNotMet` (now `other`); see upcasters.ts.
 */
export const declineReasonCategories = ['noHousing', 'noCapacity', 'threatSituation', 'other'] as const;
export const declineReasonCategorySchema = z.enum(declineReasonCategories);
export type DeclineReasonCategory = z.infer<typeof declineReasonCategorySchema>;

export const followUpMonths = [1, 3, 6] as const;
export const followUpMonthSchema = z.union([z.literal(1), z.literal(3), z.literal(6)]);
export type FollowUpMonth = z.infer<typeof followUpMonthSchema>;

/**
 * How a case ended. `relocatedAgain` is never chosen by hand: the case closes with it when its location was
 * compromised and a linked case took the household on (docs/design.md §3.4).
 */
export const caseOutcomes = ['settled', 'movedOn', 'returned', 'other', 'relocatedAgain'] as const;

/**
 * Where the person is 6 and 12 months after arrival (issue 15, the national follow-up): still living in the
 * municipality they moved to, moved on by their own choice, relocated again after a leak of the location (§3.4),
 * returned to where they came from, contact lost, deceased, or not known. Counted in the statistics.
 */
export const relocationOutcomes = [
  'stillLivingThere',
  'movedOnByChoice',
  'relocatedAfterLeak',
  'returned',
  'lostContact',
  'deceased',
  'unknown',
] as const;
export const relocationOutcomeSchema = z.enum(relocationOutcomes);
export type RelocationOutcome = z.infer<typeof relocationOutcomeSchema>;

/** The months after arrival at which an outcome is recorded. */
export const outcomeMonths = [6, 12] as const;
export const outcomeMonthSchema = z.union([z.literal(6), z.literal(12)]);
export type OutcomeMonth = z.infer<typeof outcomeMonthSchema>;

export const caseOutcomeSchema = z.enum(caseOutcomes);
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;
/** The outcomes a caseworker may close a case with (CloseCase). */
export const closingOutcomeSchema = caseOutcomeSchema.exclude(['relocatedAgain']);

/** What a compromised location excludes from the renewed relocation: the municipality or its whole county. */
export const compromisedExclusions = ['municipality', 'county'] as const;
export const compromisedExclusionSchema = z.enum(compromisedExclusions);
export type CompromisedExclusion = z.infer<typeof compromisedExclusionSchema>;

/** A co-moving member of the household (docs/design.md §3.2): another adult, or a child under 18. */
export const householdMemberRoles = ['adult', 'child'] as const;
export const householdMemberRoleSchema = z.enum(householdMemberRoles);
export type HouseholdMemberRole = z.infer<typeof householdMemberRoleSchema>;

/**
 * Whether a child's guardians consented to the move (and to protected housing): all of them, or at least one did
 * not. Plain because the rule of lag (2024:79) om placering av barn i skyddat boende turns on it; it names nobody.
 */
export const guardianConsentStatuses = ['allGuardians', 'missing'] as const;
export const guardianConsentStatusSchema = z.enum(guardianConsentStatuses);
export type GuardianConsentStatus = z.infer<typeof guardianConsentStatusSchema>;

/** The administrative court's decision on placing a child in protected housing without a guardian's consent. */
export const childPlacementOutcomes = ['placementAllowed', 'placementRefused'] as const;
export const childPlacementOutcomeSchema = z.enum(childPlacementOutcomes);
export type ChildPlacementOutcome = z.infer<typeof childPlacementOutcomeSchema>;

/** When a children's impact assessment was recorded: before the proposal, or again before acceptance. */
export const childImpactStages = ['beforeProposal', 'beforeAcceptance'] as const;
export const childImpactStageSchema = z.enum(childImpactStages);
export type ChildImpactStage = z.infer<typeof childImpactStageSchema>;

/** How a child's own view weighs (docs/design.md §3.2): from 15 their wishes carry weight, younger as maturity allows. */
export const childViewWeights = ['ownWishesCarryWeight', 'heardAsMaturityAllows'] as const;
export const childViewWeightSchema = z.enum(childViewWeights);
export type ChildViewWeight = z.infer<typeof childViewWeightSchema>;
