import {
  deadlineKindSchema,
  isCountyCode,
  organisationIdSchema,
  policeRegionSchema,
  statuses,
  transferStages,
  urgencies,
} from '@relocation/domain';
import { z } from 'zod';

export const stalledQuerySchema = z.object({
  /** Two-digit county code (länskod) of the responsible municipality, e.g. 01. */
  county: z.string().refine(isCountyCode, { error: 'county is a two-digit county code, e.g. 01' }).optional(),
  /** Police region of the responsible municipality. */
  policeRegion: policeRegionSchema.optional(),
  /** Only cases waiting for this organisation, e.g. police:stockholm or municipality:2480. */
  organisation: organisationIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const state = z.enum(statuses);
const urgency = z.enum(urgencies);

export const stalledCaseSchema = z.object({
  relocationId: z.string(),
  state,
  urgency: urgency.nullable(),
  waitingFor: z.string(),
  deadlineId: z.string(),
  deadlineKind: deadlineKindSchema,
  dueAt: z.string(),
  businessDaysOverdue: z.number().int(),
  escalationLevel: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  responsibleMunicipality: z.string().nullable(),
  countyCode: z.string().nullable(),
  policeRegion: z.string().nullable(),
  overdueDeadlines: z.number().int(),
  /** Level 2: an unanswered transfer request goes to IVO; an unanswered handover proposal to another municipality. */
  suggestion: z.enum(['ivoApplication', 'proposeAnotherMunicipality']).nullable(),
});

export const transferQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** One open transfer of a case and its IVO matter (docs/design.md §3.1): municipalities and dates only. */
export const transferMatterSchema = z.object({
  relocationId: z.string(),
  stage: z.enum(transferStages),
  fromMunicipalityCode: z.string(),
  toMunicipalityCode: z.string(),
  requestedOn: z.string(),
  effectiveFrom: z.string().nullable(),
  ivoAppliedOn: z.string().nullable(),
  ivoResponsibleMunicipalityCode: z.string().nullable(),
  ivoDecisionReceivedOn: z.string().nullable(),
  appealUntil: z.string().nullable(),
  waitingFor: z
    .object({
      kind: z.enum(['transferAnswer', 'ivoDecision']),
      organisationId: z.string(),
      dueAt: z.string(),
      overdue: z.boolean(),
      escalationLevel: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    })
    .nullable(),
});

export const transferListSchema = z.object({ now: z.string(), transfers: z.array(transferMatterSchema) });

export const stalledListSchema = z.object({ now: z.string(), cases: z.array(stalledCaseSchema) });

export const overviewSchema = z.object({
  now: z.string(),
  since: z
    .string()
    .describe(
      'The stage durations cover stays that ended from this instant on: twelve months before the moment they were ' +
        'computed, which is now or at most a minute earlier (they are reused for a minute)',
    ),
  byState: z.array(
    z.object({ state, urgency: urgency.nullable(), cases: z.number().int(), stalled: z.number().int() }),
  ),
  stageDurations: z.array(
    z.object({ state, completed: z.number().int(), medianSeconds: z.number(), p90Seconds: z.number() }),
  ),
  openByCounty: z.array(z.object({ countyCode: z.string(), openCases: z.number().int() })),
});

export const householdQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/**
 * Relocations per household and per year (docs/design.md §3.4): the cases initiated each year, how many renewed a
 * relocation after a compromised location, and the households relocated more than once with their linked cases.
 * Plain ids, years, municipalities and states only.
 */
export const householdRelocationsSchema = z
  .object({
    years: z.array(
      z.object({
        year: z.string(),
        relocations: z.number().int(),
        renewed: z.number().int(),
        households: z.number().int(),
      }),
    ),
    households: z.array(
      z.object({
        householdId: z.string(),
        relocations: z.number().int(),
        byYear: z.array(z.object({ year: z.string(), relocations: z.number().int() })),
        cases: z.array(
          z.object({
            relocationId: z.string(),
            initiatedAt: z.string(),
            previousRelocationId: z.string().nullable(),
            sendingMunicipalityCode: z.string().nullable(),
            status: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'HouseholdRelocations' });
