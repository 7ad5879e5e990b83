import type { EventType } from '@relocation/domain';
import type { Audience } from './audiences.ts';

/**
 * Who needs to act on, or know of, each event type. Data, not code: the mapped type makes the compiler refuse a
 * table that misses an event type, and a test checks it against the domain's list at run time too.
 * Consent and the actor are applied afterwards (`recipientsOf`): an audience the consent does not cover, or the
 * organisation that caused the event, is dropped.
 */
export const recipientTable: { readonly [T in EventType]: readonly Audience[] } = {
  // Only the sending municipality knows of a draft; nobody else is involved yet.
  RelocationInitiated: [],
  ConsentRecorded: [],
  // The case halts: after withdrawal only the sending (and, after arrival, the receiving) municipality remain.
  ConsentWithdrawn: ['sending', 'accepted'],
  // The police must assess the threat; the coordinator prepares matching.
  RelocationSubmitted: ['police', 'coordinator'],
  ThreatAssessmentRecorded: ['coordinator', 'sending'],
  ThreatEscalated: ['sending', 'proposed', 'accepted', 'police', 'coordinator'],
  // The proposed municipality must answer; the sender follows its case.
  ReceivingMunicipalityProposed: ['proposed', 'sending'],
  // The police must now clear the destination.
  HandoverAccepted: ['coordinator', 'sending', 'police'],
  HandoverDeclined: ['coordinator', 'sending'],
  DestinationClearanceGranted: ['coordinator', 'sending', 'accepted'],
  // The refused municipality leaves the case (its participation ends), so it is not told through this channel.
  DestinationClearanceRefused: ['coordinator', 'sending', 'accepted'],
  ArrivalConfirmed: ['sending', 'coordinator', 'police'],
  // Who is responsible, and who pays, must be known to both sides and to the coordinator (docs/design.md §3.1).
  ResponsibilityTransferred: ['sending', 'accepted', 'responsible', 'transferParties', 'coordinator'],
  PersonSettled: ['sending', 'accepted', 'responsible', 'coordinator'],
  // Recorded with arrival, which is already notified.
  LedgerEntryRecorded: [],
  // A transfer request must be answered within a month by the municipality asked; each step concerns both sides,
  // and the coordinator's dashboard lists requests without answer and IVO matters.
  TransferRequested: ['transferParties', 'coordinator'],
  TransferAgreed: ['transferParties', 'coordinator'],
  TransferRefused: ['transferParties', 'coordinator'],
  IvoApplicationRecorded: ['transferParties', 'coordinator'],
  IvoDecisionRecorded: ['transferParties', 'coordinator'],
  IvoDecisionAppealed: ['transferParties', 'coordinator'],
  IvoDecisionBecameFinal: ['transferParties', 'coordinator'],
  FollowUpRecorded: ['sending', 'coordinator'],
  CaseClosed: ['sending', 'accepted', 'police', 'coordinator'],
  CaseSuspended: ['sending', 'proposed', 'accepted', 'police', 'coordinator'],
  CaseResumed: ['sending', 'proposed', 'accepted', 'police', 'coordinator'],
  RelocationAborted: ['sending', 'proposed', 'accepted', 'police', 'coordinator'],
  // The owner of a new or moved deadline must know by when to act.
  DeadlineScheduled: ['deadlineOwner'],
  DeadlineMet: [],
  DeadlineCancelled: [],
  DeadlineExtended: ['deadlineOwner'],
  DeadlineMissed: ['coordinator', 'deadlineOwner'],
  EscalationRaised: ['coordinator', 'deadlineOwner', 'escalationNotify'],
  // Handler assignment is internal to one organisation, whose supervisor made it; erasure asks nobody to act.
  HandlerAssigned: [],
  HandlerUnassigned: [],
  CaseErased: [],
  // A direct placement (docs/design.md §3.3): the destination must acknowledge it, the police (both regions) must
  // clear it, the coordinator follows it. The placing municipality made it.
  PlacedDirectly: ['accepted', 'police', 'coordinator'],
  DirectPlacementAcknowledged: ['responsible', 'coordinator'],
  // A new threat picture after arrival concerns the municipalities that hold and house the person.
  ThreatReassessed: ['responsible', 'accepted', 'coordinator'],
  // A compromised location (docs/design.md §3.4): everyone holding the case learns it closed; the municipality the
  // household lives in ('accepted') sends the linked case, whose own initiation notifies nobody.
  LocationCompromised: ['sending', 'accepted', 'responsible', 'police', 'coordinator'],
  // Fingerade personuppgifter: a notification would tell every party that the identity changed. Nobody is told;
  // the assigned handlers see it in the case (docs/design.md §5).
  IdentityChanged: [],
  // An outcome at 6 or 12 months (issue 15) is recorded for the follow-up and the statistics; nobody has to act.
  OutcomeRecorded: [],
  // The household (docs/design.md §3.2): who moves concerns the municipality that receives them and the police who
  // clear the destination; the proposed one must answer for the household as it is now. The responsible municipality
  // made these changes. A child's view and the court matter are the responsible municipality's own work.
  HouseholdMemberAdded: ['proposed', 'accepted', 'police'],
  HouseholdMemberRemoved: ['proposed', 'accepted', 'police'],
  ChildViewRecorded: [],
  // An assessment before acceptance is what the proposed municipality waits for.
  ChildImpactAssessmentRecorded: ['proposed'],
  ChildPlacementApplicationRecorded: [],
  // A decision allowing protected housing lets the proposed municipality accept with it.
  ChildPlacementDecisionRecorded: ['proposed'],
  // The school placement is the receiving municipality's task (its deadline is notified when scheduled).
  SchoolPlacementRequired: [],
  SchoolPlacementRecorded: ['responsible', 'coordinator'],
};
