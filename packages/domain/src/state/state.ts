import type { DeadlineKind, EscalationLevel } from '../events/deadlineKinds.ts';
import type { SuspendableStatus } from '../events/eventData.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { ConsentParty, FollowUpMonth, PoliceTrack, ThreatLevel, Urgency } from '../schemas/caseFacts.ts';
import type { OutcomeMonth } from '../schemas/caseFacts.ts';
import { emptyLedger } from '../schemas/responsibility.ts';
import type { ResponsibilityLedger, TransferStage } from '../schemas/responsibility.ts';
import type { HousingType } from '../schemas/caseFacts.ts';
import type { Status } from './status.ts';
import type { HouseholdMember } from './householdMember.ts';

/** The open transfer of the case, if any (docs/design.md §3.1). Dates are YYYY-MM-DD. */
export interface TransferMatter {
  readonly fromMunicipalityCode: string;
  readonly toMunicipalityCode: string;
  readonly stage: TransferStage;
  readonly requestedOn: string;
  readonly effectiveFrom: string | null;
  readonly ivoAppliedOn: string | null;
  readonly ivoResponsibleMunicipalityCode: string | null;
  readonly ivoDecisionReceivedOn: string | null;
  readonly appealUntil: string | null;
}

/** A direct placement (docs/design.md §3.3): where, in which unit, and whether the destination has acknowledged. */
export interface DirectPlacement {
  readonly municipalityCode: string;
  readonly unitId: string;
  readonly placingMunicipalityCode: string;
  readonly acknowledged: boolean;
}

/** A user of one organisation who handles the case (see `handlers` in RelocationState). */
export interface CaseHandler {
  readonly organisationId: string;
  readonly userId: string;
}

export interface OpenDeadline {
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  readonly ownerOrganisationId: string;
  readonly dueAt: string;
  readonly escalateAt: string;
  readonly missed: boolean;
  /** 0 until the deadline is missed, then the highest escalation level raised. */
  readonly escalationLevel: 0 | EscalationLevel;
}

export interface PausedDeadline {
  readonly kind: DeadlineKind;
  readonly ownerOrganisationId: string;
  readonly remainingMs: number;
}

/**
 * What the decider knows about one case, rebuilt from its events by `evolve`. Lists are kept sorted or in event
 * order so that two replays of the same events give equal values.
 */
export interface RelocationState {
  readonly status: Status;
  readonly relocationId: string | null;
  readonly sendingMunicipality: string | null;
  /**
   * Exactly one once initiated: the sending municipality until responsibility moves by an agreed transfer, a final
   * IVO decision or the person settling elsewhere (never by arrival). Always `ledger.responsible`'s municipality.
   */
  readonly responsibleMunicipality: string | null;
  readonly ledger: ResponsibilityLedger;
  readonly transfer: TransferMatter | null;
  readonly acceptedHousingType: HousingType | null;
  /**
   * Set when the destination came by direct placement rather than acceptance; `acceptedMunicipality` is then the
   * municipality placed in (the vistelsekommun to be), so clearance, arrival and the police of the destination work
   * as after an acceptance.
   */
  readonly directPlacement: DirectPlacement | null;
  readonly proposedMunicipality: string | null;
  readonly acceptedMunicipality: string | null;
  readonly declined: readonly string[];
  readonly refused: readonly string[];
  /** From initiation, threat assessments and escalations, in the order they were added. */
  readonly exclusionZones: readonly ExclusionZone[];
  readonly consents: readonly ConsentParty[];
  readonly urgency: Urgency | null;
  readonly threatLevel: ThreatLevel | null;
  /** The police track of the latest assessment (docs/design.md §3.5). */
  readonly policeTrack: PoliceTrack | null;
  /** The latest assessment's "valid until": after arrival, the police's reassessment date. */
  readonly threatValidUntil: string | null;
  readonly cleared: boolean;
  readonly plannedMoveDate: string | null;
  readonly arrivedOn: string | null;
  readonly deadlines: readonly OpenDeadline[];
  readonly suspendedFrom: SuspendableStatus | null;
  readonly pausedDeadlines: readonly PausedDeadline[];
  readonly followUpsRecorded: readonly FollowUpMonth[];
  /** The outcomes recorded, by month after arrival (issue 15). */
  readonly outcomesRecorded: readonly OutcomeMonth[];
  /**
   * Users assigned to the case, per organisation, sorted. Inside a municipality only these and the organisation's
   * supervisors see the case; the initiating user is assigned by RelocationInitiated.
   */
  readonly handlers: readonly CaseHandler[];
  /** The person has protected personal data: identity only for assigned handlers. */
  readonly protectedIdentity: boolean;
  /**
   * The household the case moves, stable across renewed relocations (docs/design.md §3.4); a case written before
   * households existed is its own household (its relocation id).
   */
  readonly householdId: string | null;
  /** The case this one relocates the household from after its location was compromised, or null. */
  readonly previousRelocationId: string | null;
  /** The linked case that took the household on after this case's location was compromised, or null. */
  readonly renewedRelocationId: string | null;
  /** The case's data key is destroyed (CaseErased): no further command is taken. */
  readonly erased: boolean;
  /** Co-moving adults and children named on the case (docs/design.md §3.2), in the order they were added. */
  readonly householdMembers: readonly HouseholdMember[];
  /** 0-based revision of the last applied event (-1: no events), i.e. the expected revision for the next append. */
  readonly revision: number;
}

export function initialState(): RelocationState {
  return {
    status: 'notInitiated',
    relocationId: null,
    sendingMunicipality: null,
    responsibleMunicipality: null,
    ledger: emptyLedger,
    transfer: null,
    acceptedHousingType: null,
    directPlacement: null,
    proposedMunicipality: null,
    acceptedMunicipality: null,
    declined: [],
    refused: [],
    exclusionZones: [],
    consents: [],
    urgency: null,
    threatLevel: null,
    policeTrack: null,
    threatValidUntil: null,
    cleared: false,
    plannedMoveDate: null,
    arrivedOn: null,
    deadlines: [],
    suspendedFrom: null,
    pausedDeadlines: [],
    followUpsRecorded: [],
    outcomesRecorded: [],
    handlers: [],
    protectedIdentity: false,
    householdId: null,
    previousRelocationId: null,
    renewedRelocationId: null,
    erased: false,
    householdMembers: [],
    revision: -1,
  };
}
