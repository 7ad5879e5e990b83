import type { Household, Need, RelocationState, SealedEnvelope } from '@relocation/domain';

/** One row of the `relocations` table as the projector builds it and the queries read it. */
export interface CaseRecord {
  readonly relocationId: string;
  readonly streamName: string;
  readonly state: RelocationState;
  readonly household: Household | null;
  readonly needs: readonly Need[] | null;
  readonly threatValidUntil: string | null;
  readonly housingType: string | null;
  readonly providerId: string | null;
  /** The person's identity (name, personnummer, protection level), sealed with the case key. */
  readonly personSealed: SealedEnvelope | null;
  /**
   * Each new identity the police recorded (IdentityChanged, fingerade personuppgifter), sealed, oldest first: the
   * current identity is the last one, or `personSealed` when there is none. Empty once the case is erased.
   */
  readonly identityChangesSealed: readonly SealedEnvelope[];
  /** The latest threat assessment's details (recommendation, police case reference), sealed. */
  readonly threatDetailsSealed: SealedEnvelope | null;
  /** The standing acceptance's reception plan (contact person, address), sealed. */
  readonly receptionPlanSealed: SealedEnvelope | null;
  readonly initiatedAt: string | null;
  readonly firstPosition: bigint;
  readonly lastPosition: bigint;
  /** When the last event applied occurred (not the projector's clock: a rebuild must give the same rows). */
  readonly updatedAt: string;
}
