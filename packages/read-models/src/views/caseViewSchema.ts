import { participations, protectionLevels } from '@relocation/domain';
import { z } from 'zod';

/** Who a deadline waits for: the party always, the organisation unless it is withheld from the caller. */
export const awaitedSchema = z.object({ party: z.enum(participations), organisationId: z.string() });

export const deadlineViewSchema = z.object({
  deadlineId: z.string(),
  kind: z.string(),
  awaited: awaitedSchema,
  /**
   * Null for the arrival deadline when the caller may not see the reception plan: it is the planned move date plus
   * five business days, so its time would tell the move date in advance.
   */
  dueAt: z.string().nullable(),
  escalateAt: z.string().nullable(),
  missed: z.boolean(),
  escalationLevel: z.number().int(),
  overdue: z.boolean(),
});

/** A ledger entry; the municipality is `withheld` from a party that may not see the receiving municipality. */
const ledgerEntryViewSchema = z.object({
  municipalityCode: z.string(),
  since: z.string(),
  source: z.string(),
});

/** Who is responsible, registered, staying and paying (docs/design.md §3.1): municipalities, never addresses. */
export const ledgerViewSchema = z
  .object({
    responsible: ledgerEntryViewSchema.nullable(),
    bosattningskommun: ledgerEntryViewSchema.nullable(),
    vistelsekommun: ledgerEntryViewSchema.nullable(),
    placingMunicipality: ledgerEntryViewSchema.nullable(),
    costAgreement: z
      .object({ payerMunicipalityCode: z.string(), since: z.string(), source: z.string() })
      .nullable(),
  })
  .meta({ id: 'ResponsibilityLedger' });

/** The open transfer of the case and its IVO matter, with their dates (reasons are sealed; see the history). */
export const transferViewSchema = z
  .object({
    stage: z.string(),
    fromMunicipalityCode: z.string(),
    toMunicipalityCode: z.string(),
    requestedOn: z.string(),
    effectiveFrom: z.string().nullable(),
    ivoAppliedOn: z.string().nullable(),
    ivoResponsibleMunicipalityCode: z.string().nullable(),
    ivoDecisionReceivedOn: z.string().nullable(),
    appealUntil: z.string().nullable(),
  })
  .meta({ id: 'TransferMatter' });

/**
 * A direct placement (docs/design.md §3.3): the destination (withheld like the receiving municipality) and whether it
 * has acknowledged. The unit is in the reception plan.
 */
export const directPlacementViewSchema = z
  .object({ municipalityCode: z.string(), acknowledged: z.boolean() })
  .meta({ id: 'DirectPlacement' });

export const workflowViewSchema = z.object({
  status: z.string(),
  urgency: z.string().nullable(),
  sendingMunicipality: z.string().nullable(),
  responsibleMunicipality: z.string().nullable(),
  ledger: ledgerViewSchema,
  transfer: transferViewSchema.nullable(),
  directPlacement: directPlacementViewSchema.nullable(),
  consents: z.array(z.string()),
  suspendedFrom: z.string().nullable(),
  arrivedOn: z.string().nullable(),
  followUpsRecorded: z.array(z.number().int()),
  deadlines: z.array(deadlineViewSchema),
  stalled: z.boolean(),
  stalledSince: z.string().nullable(),
  initiatedAt: z.string().nullable(),
  updatedAt: z.string(),
  revision: z.number().int(),
  lastPosition: z.string(),
  /** The household the case moves, the same in linked cases (docs/design.md §3.4). */
  householdId: z.string().nullable(),
  /**
   * Linked cases by plain id (docs/design.md §3.4): the case this one relocates the household from, and the case
   * that relocated it again after this location was compromised. Opening either follows that case's own access.
   */
  previousRelocationId: z.string().nullable(),
  renewedRelocationId: z.string().nullable(),
});

const zoneSchema = z.object({ kind: z.string(), code: z.string() });

/** The person's identity, opened from its envelope (sending, accepted receiving, police; see §5). */
export const identityViewSchema = z
  .object({
    name: z.string(),
    personalIdentityNumber: z.string(),
    protectionLevel: z.enum(protectionLevels),
  })
  .meta({ id: 'Identity' });

/**
 * One identity the person has had, oldest first (fingerade personuppgifter, docs/design.md §5): the first one (no
 * decision date) and each the police recorded, with the date of their decision. Only for assigned handlers.
 */
export const identityHistoryEntrySchema = identityViewSchema
  .extend({ decidedOn: z.string().nullable() })
  .meta({ id: 'IdentityHistoryEntry' });

/**
 * A co-moving member of the household as one party may see them: always a pseudonym and the plain facts; the
 * identity only for a party that may see identities (and, for a protected member, only an assigned handler).
 */
export const householdMemberViewSchema = z
  .object({
    memberId: z.string(),
    pseudonym: z.string(),
    role: z.enum(['adult', 'child']),
    birthYear: z.number().int().nullable(),
    guardianConsent: z.enum(['allGuardians', 'missing']).nullable(),
    court: z.enum(['none', 'applied', 'placementAllowed', 'placementRefused']),
    impactAssessed: z.boolean(),
    impactAssessedForAcceptance: z.boolean(),
    viewRecorded: z.boolean(),
    schoolPlacement: z.enum(['notRequired', 'required', 'placed']),
    identity: identityViewSchema.optional(),
  })
  .meta({ id: 'HouseholdMember' });

/** The police assessment's sealed part (sending municipality and police only). */
export const threatDetailsViewSchema = z
  .object({ recommendation: z.string(), policeCaseReference: z.string() })
  .meta({ id: 'ThreatDetails' });

/** The receiving municipality's sealed reception plan: its contact person and the new address, if given. */
export const receptionPlanDetailsViewSchema = z
  .object({
    contactPerson: z.object({ name: z.string(), phone: z.string() }),
    address: z.string().nullable(),
  })
  .meta({ id: 'ReceptionPlanDetails' });

/**
 * One case as one party may see it. Each block is present only when the need-to-know matrix grants its data
 * class; `erased` says the case key is destroyed and the personal data with it.
 */
export const caseViewSchema = z.object({
  relocationId: z.string(),
  participation: z.enum(participations),
  pseudonym: z.string().optional(),
  workflow: workflowViewSchema.optional(),
  identity: identityViewSchema.optional(),
  /**
   * Present only when the identity has changed and the caller is an assigned handler who sees the identity: every
   * identity, oldest first (the last is `identity`). Nobody else learns that it changed.
   */
  identityHistory: z.array(identityHistoryEntrySchema).optional(),
  householdAndNeeds: z
    .object({
      /** The counts given at initiation until a member is named; then the principal plus the named members. */
      household: z.object({ adults: z.number().int(), childrenAges: z.array(z.number().int()) }).nullable(),
      needs: z.array(z.string()),
      /** The co-moving adults and children named on the case (docs/design.md §3.2). */
      members: z.array(householdMemberViewSchema).optional(),
    })
    .optional(),
  threat: z
    .object({
      level: z.string().nullable(),
      validUntil: z.string().nullable().optional(),
      exclusionZones: z.array(zoneSchema).optional(),
      details: threatDetailsViewSchema.optional(),
    })
    .optional(),
  receivingMunicipality: z
    .object({
      proposed: z.string().nullable(),
      accepted: z.string().nullable(),
      declined: z.array(z.string()),
      refused: z.array(z.string()),
    })
    .optional(),
  receptionPlan: z
    .object({
      municipalityCode: z.string().nullable(),
      housingType: z.string().nullable(),
      providerId: z.string().nullable(),
      plannedMoveDate: z.string().nullable(),
      plan: receptionPlanDetailsViewSchema.optional(),
    })
    .optional(),
  /**
   * The users of the caller's own organisation assigned to the case (the initiator and HandlerAssigned): what a
   * supervisor assigns and unassigns. Staff of other organisations are never listed.
   */
  handlers: z.array(z.object({ userId: z.string() })).optional(),
  erased: z.literal(true).optional(),
});

export type CaseView = z.infer<typeof caseViewSchema>;
export type WorkflowView = z.infer<typeof workflowViewSchema>;
export type DeadlineView = z.infer<typeof deadlineViewSchema>;
