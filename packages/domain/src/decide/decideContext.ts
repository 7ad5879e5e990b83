import type { DeadlinePolicy } from '../deadlines/policy.ts';
import type { Seal } from '../schemas/sealed.ts';

/**
 * What a period of a unit's IVO permit allows (docs/design.md §3.6): `granted` (the default), `appliedMayOperate`
 * (applied for and allowed to operate pending IVO's decision) and `revoked` (never allows operation).
 */
export const providerPermitStatuses = ['granted', 'appliedMayOperate', 'revoked'] as const;
export type ProviderPermitStatus = (typeof providerPermitStatuses)[number];

/** One period of a unit's IVO permit status, dates inclusive. */
export interface ProviderPermit {
  readonly validFrom: string;
  readonly validTo: string;
  /** Absent: granted (the register held only granted permits before statuses existed). */
  readonly status?: ProviderPermitStatus;
}

/**
 * A unit of support (protected housing, HVB, supported housing) as IVO's permit register lists it: the periods of
 * its permit status, or, for a municipality's own unit, the date it was notified to IVO (it needs no permit).
 * `municipalityCode` is where its premises are; a direct placement names a unit in the destination municipality.
 */
export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly permits: readonly ProviderPermit[];
  readonly municipalityCode?: string;
  /** A municipal unit notified to IVO: allowed to operate from this date (YYYY-MM-DD). */
  readonly notifiedToIvoOn?: string;
  /** What the unit provides; protected housing for a child needs every guardian's consent or the court (§3.2). */
  readonly serviceType?: 'protectedHousing' | 'hvb' | 'supportedHousing';
}

/**
 * Everything `decide` needs from outside: the time (the events' `occurredAt`, from which deadlines are computed),
 * new ids (event and deadline ids), the sealer for personal data, and reference data. The official municipality
 * list ships with the package (reference/); providers' permits change, so they come from the caller.
 */
export interface DecideContext {
  readonly now: string;
  readonly newId: () => string;
  readonly seal: Seal;
  readonly providers: readonly Provider[];
  readonly deadlinePolicy?: DeadlinePolicy;
}

/** The commands whose decision checks providers' permits: only they need the register read. */
export const commandsCheckingProviders: ReadonlySet<string> = new Set(['AcceptHandover', 'PlaceDirectly']);

/**
 * True when the unit may operate on the date (YYYY-MM-DD; string order is date order): a municipal unit notified to
 * IVO by then, or a granted or applied-for-and-allowed-to-operate permit period covering the date, and no revoked
 * period covering it. An unknown unit may not.
 */
export function providerPermittedOn(
  providers: readonly Provider[],
  providerId: string,
  date: string,
): boolean {
  const provider = providers.find((p) => p.id === providerId);
  if (provider === undefined) return false;
  const covering = provider.permits.filter((permit) => permit.validFrom <= date && date <= permit.validTo);
  if (covering.some((permit) => permit.status === 'revoked')) return false;
  if (provider.notifiedToIvoOn !== undefined && provider.notifiedToIvoOn <= date) return true;
  return covering.length > 0;
}

/** Where a direct placement's unit stands on the move date (docs/design.md §3.3, §3.6). */
export type UnitStanding = 'permitted' | 'notPermitted' | 'elsewhere';

/** The unit may operate on the date and, when its premises are known, lies in the destination municipality. */
export function unitStandingOn(
  providers: readonly Provider[],
  unitId: string,
  municipalityCode: string,
  date: string,
): UnitStanding {
  if (!providerPermittedOn(providers, unitId, date)) return 'notPermitted';
  const premises = providers.find((p) => p.id === unitId)?.municipalityCode;
  return premises === undefined || premises === municipalityCode ? 'permitted' : 'elsewhere';
}
