import type {
  CaseOutcome,
  DeclineReasonCategory,
  DomainEvent,
  HousingType,
  OutcomeMonth,
  RelocationOutcome,
  Status,
  ThreatLevel,
  Urgency,
} from '@relocation/domain';

/**
 * What the statistics keep of one case: categories, counts, dates and durations only. No identity, no address,
 * no free text, no sealed envelope; the case id is the row's key inside the read models and never leaves them
 * (published tables count households under a keyed pseudonym, see householdPseudonym.ts).
 *
 * Folded from the events by `foldStatistics`, a pure function of the previous facts, the event and the case's
 * status after it, so a rebuild gives the same facts.
 */
export interface StatisticsFacts {
  /** When the case was initiated (the event's own time): its year is the cohort the case is counted in. */
  readonly initiatedAt: string | null;
  readonly sendingMunicipality: string | null;
  readonly urgency: Urgency | null;
  /** The highest level any threat assessment recorded. */
  readonly threatLevel: ThreatLevel | null;
  readonly adults: number | null;
  readonly childrenAges: readonly number[];
  /** An acceptance of a handover stands (lapsed by an escalation or a police refusal otherwise). */
  readonly handoverAccepted: boolean;
  /**
   * The housing type of the standing acceptance (own lease, acute housing, protected housing with a provider):
   * the provider service type used. Absent in facts folded before it existed: read as null.
   */
  readonly housingType?: HousingType | null;
  /** Reserved for direct placement (docs/design.md §3.3), which no event records yet. */
  readonly directPlacement: boolean;
  readonly declines: readonly DeclineReasonCategory[];
  /** Where the latest transfer of the case (överflyttning) ended or stands. */
  readonly transfer: TransferOutcome | null;
  /** Completed stays per state, in seconds, in order. */
  readonly stages: readonly { readonly status: Status; readonly seconds: number }[];
  /** The state the case is in now and since when. */
  readonly current: { readonly status: Status; readonly since: string } | null;
  readonly outcome: CaseOutcome | null;
  /**
   * The household the case moves (docs/design.md §3.4): linked cases share it, so a renewed relocation counts for
   * the same household. Absent in facts folded before it existed: read as the case's own id.
   */
  readonly householdId?: string | null;
  /**
   * Where the person was 6 and 12 months after arrival (issue 15), as the municipality recorded it. Absent in facts
   * folded before outcomes existed: read as not recorded.
   */
  readonly outcomes?: Partial<Readonly<Record<`${OutcomeMonth}`, RelocationOutcome>>>;
}

export const transferOutcomes = [
  'awaitingAnswer',
  'agreed',
  'refused',
  'ivoPending',
  'ivoAppealed',
  'ivoFinal',
] as const;
export type TransferOutcome = (typeof transferOutcomes)[number];

export function emptyStatisticsFacts(): StatisticsFacts {
  return {
    initiatedAt: null,
    sendingMunicipality: null,
    urgency: null,
    threatLevel: null,
    adults: null,
    childrenAges: [],
    handoverAccepted: false,
    housingType: null,
    directPlacement: false,
    declines: [],
    transfer: null,
    stages: [],
    current: null,
    outcome: null,
    householdId: null,
    outcomes: {},
  };
}

const threatRank: Readonly<Record<ThreatLevel, number>> = { low: 0, elevated: 1, high: 2, severe: 3 };

function highest(a: ThreatLevel | null, b: ThreatLevel): ThreatLevel {
  return a === null || threatRank[b] > threatRank[a] ? b : a;
}

function withStage(facts: StatisticsFacts, status: Status, at: string): StatisticsFacts {
  if (facts.current?.status === status) return facts;
  const stages =
    facts.current === null
      ? facts.stages
      : [
          ...facts.stages,
          {
            status: facts.current.status,
            seconds: Math.max(0, (Date.parse(at) - Date.parse(facts.current.since)) / 1000),
          },
        ];
  return { ...facts, stages, current: { status, since: at } };
}

function withEvent(facts: StatisticsFacts, event: DomainEvent): StatisticsFacts {
  switch (event.type) {
    case 'RelocationInitiated':
      return {
        ...facts,
        initiatedAt: event.metadata.occurredAt,
        sendingMunicipality: event.data.sendingMunicipalityCode,
        urgency: event.data.urgency,
        adults: event.data.household.adults,
        childrenAges: [...event.data.household.childrenAges],
        householdId: event.data.householdId,
      };
    case 'ThreatAssessmentRecorded':
      return { ...facts, threatLevel: highest(facts.threatLevel, event.data.level) };
    case 'ThreatEscalated':
      return event.data.effect === 'acceptanceLapsed'
        ? { ...facts, handoverAccepted: false, directPlacement: false, housingType: null }
        : facts;
    case 'PlacedDirectly':
      // A direct placement is always in a unit of the provider register: protected housing in the plan's terms.
      return { ...facts, directPlacement: true, housingType: 'protectedHousing' };
    case 'HandoverAccepted':
      return { ...facts, handoverAccepted: true, housingType: event.data.housingType };
    case 'DestinationClearanceRefused':
      return { ...facts, handoverAccepted: false, directPlacement: false, housingType: null };
    case 'HandoverDeclined':
      return { ...facts, declines: [...facts.declines, event.data.reasonCategory] };
    case 'TransferRequested':
      return { ...facts, transfer: 'awaitingAnswer' };
    case 'TransferAgreed':
      return { ...facts, transfer: 'agreed' };
    case 'TransferRefused':
      return { ...facts, transfer: 'refused' };
    case 'IvoApplicationRecorded':
    case 'IvoDecisionRecorded':
      return { ...facts, transfer: 'ivoPending' };
    case 'IvoDecisionAppealed':
      return { ...facts, transfer: 'ivoAppealed' };
    case 'IvoDecisionBecameFinal':
      return { ...facts, transfer: 'ivoFinal' };
    case 'CaseClosed':
      return { ...facts, outcome: event.data.outcome };
    case 'OutcomeRecorded':
      return { ...facts, outcomes: { ...facts.outcomes, [String(event.data.month)]: event.data.outcome } };
    case 'ConsentRecorded':
    case 'ConsentWithdrawn':
    case 'RelocationSubmitted':
    case 'ReceivingMunicipalityProposed':
    case 'DestinationClearanceGranted':
    case 'ArrivalConfirmed':
    case 'ResponsibilityTransferred':
    case 'PersonSettled':
    case 'LedgerEntryRecorded':
    case 'FollowUpRecorded':
    case 'CaseSuspended':
    case 'CaseResumed':
    case 'RelocationAborted':
    case 'DeadlineScheduled':
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineExtended':
    case 'DeadlineMissed':
    case 'EscalationRaised':
    case 'HandlerAssigned':
    case 'HandlerUnassigned':
    case 'DirectPlacementAcknowledged':
    case 'ThreatReassessed':
    case 'LocationCompromised':
    case 'IdentityChanged':
    case 'HouseholdMemberAdded':
    case 'HouseholdMemberRemoved':
    case 'ChildViewRecorded':
    case 'ChildImpactAssessmentRecorded':
    case 'ChildPlacementApplicationRecorded':
    case 'ChildPlacementDecisionRecorded':
    case 'SchoolPlacementRequired':
    case 'SchoolPlacementRecorded':
    case 'CaseErased':
      // Erasure destroys the key to the personal data; the statistics hold none and keep counting the case.
      return facts;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The facts after one more event; `status` is the case's state after it (the domain's own `evolve`). */
export function foldStatistics(facts: StatisticsFacts, event: DomainEvent, status: Status): StatisticsFacts {
  return withStage(withEvent(facts, event), status, event.metadata.occurredAt);
}
