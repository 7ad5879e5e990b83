import { z } from 'zod';
import type { Provider } from '../decide/decideContext.ts';
import { findMunicipality, municipalityCodeSchema } from '../reference/municipalityRegistry.ts';

/**
 * The provider register (docs/design.md §3.6): the units that municipalities place people in, mirroring IVO's
 * permit register. A unit is organisational data, never personal data. Its permit history is a list of dated
 * periods; the unit may operate on a date when the period covering it grants operation.
 */

export const serviceTypes = ['protectedHousing', 'hvb', 'supportedHousing'] as const;
export type ServiceType = (typeof serviceTypes)[number];

/**
 * `granted`: IVO's permit; `appliedMayOperate`: applied for, and allowed to operate until IVO decides;
 * `municipalNotified`: a municipality's own unit, notified to IVO (no permit needed); `revoked`: may not operate.
 */
export const permitStatuses = ['granted', 'appliedMayOperate', 'municipalNotified', 'revoked'] as const;
export type PermitStatus = (typeof permitStatuses)[number];

const operatingStatuses: ReadonlySet<PermitStatus> = new Set([
  'granted',
  'appliedMayOperate',
  'municipalNotified',
]);

const isoDate = z.iso.date({ error: 'dates are YYYY-MM-DD' });

export const permitPeriodSchema = z
  .object({
    status: z.enum(permitStatuses, { error: `a status is one of ${permitStatuses.join(', ')}` }),
    /** First day, inclusive. */
    from: isoDate,
    /** Last day, inclusive; open-ended when absent. */
    to: isoDate.optional(),
  })
  .strict()
  .refine((period) => period.to === undefined || period.from <= period.to, {
    error: '`from` is after `to`',
    path: ['to'],
  });
export type PermitPeriod = z.infer<typeof permitPeriodSchema>;

export const providerUnitIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'a unit id is 2-63 lower-case letters, digits and dashes' });

const name = z.string().trim().min(1).max(200);

/** The unit's fields; `providerUnitSchema` adds the check that its permit periods do not overlap. */
export const providerUnitFieldsSchema = z
  .object({
    id: providerUnitIdSchema,
    name,
    /** The company, foundation or municipality that runs the unit. */
    operator: name,
    /** Kommunkod of the municipality where the premises are. */
    premisesMunicipality: municipalityCodeSchema,
    serviceType: z.enum(serviceTypes, { error: `a service type is one of ${serviceTypes.join(', ')}` }),
    permits: z.array(permitPeriodSchema).max(100),
  })
  .strict();

/** Why the periods cannot stand together (two overlap), or null. */
export function permitPeriodsProblem(permits: readonly PermitPeriod[]): string | null {
  const sorted = [...permits].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (before.to === undefined || before.to >= after.from) {
      return `permit periods overlap: the one from ${before.from} and the one from ${after.from}`;
    }
  }
  return null;
}

export const providerUnitSchema = providerUnitFieldsSchema.superRefine((unit, ctx) => {
  const problem = permitPeriodsProblem(unit.permits);
  if (problem !== null) ctx.addIssue({ code: 'custom', path: ['permits'], message: problem });
});
export type ProviderUnit = z.infer<typeof providerUnitSchema>;

/** The period covering the date (YYYY-MM-DD), if any. */
export function permitOn(unit: ProviderUnit, date: string): PermitPeriod | undefined {
  return unit.permits.find((period) => period.from <= date && (period.to === undefined || date <= period.to));
}

/** True when the unit may operate on the date: a granted permit, an application pending, or a notified unit. */
export function unitMayOperateOn(unit: ProviderUnit, date: string): boolean {
  const period = permitOn(unit, date);
  return period !== undefined && operatingStatuses.has(period.status);
}

const FAR_FUTURE = '9999-12-31';

/**
 * The unit as `decide` checks it: every period with its status (a municipal unit's notification counts as
 * granted: it needs no permit), open periods closed far in the future, and where its premises are.
 */
export function providerOfUnit(unit: ProviderUnit): Provider {
  return {
    id: unit.id,
    name: unit.name,
    municipalityCode: unit.premisesMunicipality,
    serviceType: unit.serviceType,
    permits: unit.permits.map((period) => ({
      validFrom: period.from,
      validTo: period.to ?? FAR_FUTURE,
      status: period.status === 'municipalNotified' ? 'granted' : period.status,
    })),
  };
}

export interface ProviderFilter {
  readonly municipality?: string;
  readonly county?: string;
  readonly serviceType?: ServiceType;
  /** Only units that may operate on this date. */
  readonly operatingOn?: string;
}

/** The units matching every given criterion, by name. */
export function filterUnits(units: Iterable<ProviderUnit>, filter: ProviderFilter): ProviderUnit[] {
  return [...units]
    .filter((unit) => filter.municipality === undefined || unit.premisesMunicipality === filter.municipality)
    .filter(
      (unit) =>
        filter.county === undefined ||
        findMunicipality(unit.premisesMunicipality)?.countyCode === filter.county,
    )
    .filter((unit) => filter.serviceType === undefined || unit.serviceType === filter.serviceType)
    .filter((unit) => filter.operatingOn === undefined || unitMayOperateOn(unit, filter.operatingOn))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}
