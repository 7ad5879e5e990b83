import type { GuardianConsentStatus, Household, HouseholdMemberRole } from '../schemas/caseFacts.ts';
import type { SealedEnvelope } from '../schemas/sealed.ts';

/** Where a child's matter before the administrative court (lag 2024:79) stands. */
export type ChildCourtMatter = 'none' | 'applied' | 'placementAllowed' | 'placementRefused';

/** A child's school placement after arrival: not owed (not of school age, or not arrived), owed, or recorded. */
export type SchoolPlacementStatus = 'notRequired' | 'required' | 'placed';

/**
 * A co-moving member of the household (docs/design.md §3.2). The identity (name, personnummer, protection level)
 * stays in its sealed envelope (null once the case is erased); only what the rules need is plain: the role, a
 * child's birth year (school age, the weight of the child's view), whether the identity is protected, and a child's
 * guardian consent.
 */
export interface HouseholdMember {
  readonly memberId: string;
  readonly role: HouseholdMemberRole;
  /** Children only (null for adults). */
  readonly birthYear: number | null;
  readonly protectedIdentity: boolean;
  /** Children only (null for adults). */
  readonly guardianConsent: GuardianConsentStatus | null;
  readonly identity: SealedEnvelope | null;
  readonly court: ChildCourtMatter;
  /** A children's impact assessment is recorded for this child (required before a proposal). */
  readonly impactAssessed: boolean;
  /** One is recorded since the current proposal (required before acceptance). */
  readonly impactAssessedForAcceptance: boolean;
  readonly viewRecorded: boolean;
  readonly schoolPlacement: SchoolPlacementStatus;
}

/** The children among the members. */
export const childrenOf = (members: readonly HouseholdMember[] | undefined): HouseholdMember[] =>
  (members ?? []).filter((m) => m.role === 'child');

/**
 * A child for whom protected housing is blocked: a guardian has not consented, and the administrative court has
 * not allowed the placement (lag 2024:79).
 */
export const guardianBlocked = (member: HouseholdMember): boolean =>
  member.role === 'child' && member.guardianConsent === 'missing' && member.court !== 'placementAllowed';

/** A child's age in a calendar year (Swedish school years follow the year a child turns 6, 7, ...). */
export const ageInYear = (birthYear: number, year: number): number => year - birthYear;

/**
 * The household's plain counts, kept consistent with the named members: while nobody is named, the counts given at
 * initiation; once a member is named, the principal person plus the named members (children's ages in `year`).
 * Streams written before members existed have none, so their counts read as before.
 */
export function householdCounts(
  declared: Household | null,
  members: readonly HouseholdMember[] | undefined,
  year: number,
): Household | null {
  const named = members ?? [];
  if (named.length === 0) return declared;
  return {
    adults: 1 + named.filter((m) => m.role === 'adult').length,
    childrenAges: named
      .filter((m) => m.role === 'child' && m.birthYear !== null)
      .map((m) => Math.max(0, ageInYear(m.birthYear ?? year, year)))
      .sort((a, b) => a - b),
  };
}
