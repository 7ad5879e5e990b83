import type { DataClass, EventData, EventType } from '@relocation/domain';

/**
 * The data class of every field of every event, for the history view: a field is shown only to a party whose
 * view grants its class. Free text (reasons, notes, the consent document reference) may say anything about the
 * person, so it is `identity`; threat reasoning (escalation and clearance reasons) is `threatDetails`; what the
 * receiving side writes after acceptance (follow-up notes) is `receptionPlan`, as it may name the new address.
 * The mapped type makes the compiler insist on every field of every event.
 */
export const historyFieldClasses: {
  readonly [T in EventType]: Readonly<Record<keyof EventData<T>, DataClass>>;
} = {
  RelocationInitiated: {
    relocationId: 'workflow',
    sendingMunicipalityCode: 'workflow',
    urgency: 'workflow',
    household: 'householdAndNeeds',
    needs: 'householdAndNeeds',
    exclusionZones: 'threatLevelAndConstraints',
    person: 'identity',
    protectedIdentity: 'identity',
    // Plain ids: the household and the case this one renews (docs/design.md §3.4), never their content.
    householdId: 'workflow',
    previousRelocationId: 'workflow',
    // The old case's responsible municipality and bosättningskommun: the same class as the ledger's entries.
    carriedResponsibility: 'receivingMunicipality',
  },
  ConsentRecorded: { parties: 'workflow', consentDate: 'workflow', documentReference: 'identity' },
  ConsentWithdrawn: { withdrawnOn: 'workflow' },
  RelocationSubmitted: {},
  ThreatAssessmentRecorded: {
    level: 'threatLevel',
    validUntil: 'threatLevelAndConstraints',
    exclusionZones: 'threatLevelAndConstraints',
    details: 'threatDetails',
    track: 'threatLevel',
  },
  ThreatEscalated: {
    exclusionZones: 'threatLevelAndConstraints',
    effect: 'workflow',
    reason: 'threatDetails',
  },
  ReceivingMunicipalityProposed: { municipalityCode: 'receivingMunicipality' },
  HandoverAccepted: {
    municipalityCode: 'receivingMunicipality',
    housingType: 'receptionPlan',
    providerId: 'receptionPlan',
    plannedMoveDate: 'receptionPlan',
    receptionPlan: 'receptionPlan',
  },
  HandoverDeclined: {
    municipalityCode: 'receivingMunicipality',
    reasonCategory: 'workflow',
    reason: 'identity',
  },
  DestinationClearanceGranted: { municipalityCode: 'receivingMunicipality', reason: 'threatDetails' },
  DestinationClearanceRefused: { municipalityCode: 'receivingMunicipality', reason: 'threatDetails' },
  ArrivalConfirmed: { municipalityCode: 'receivingMunicipality', arrivedOn: 'workflow' },
  // Who is responsible, registered, staying, paying: the municipality is shown to those who may see the
  // receiving municipality (never an address); the transfer's written reasons and the person's view are free text.
  ResponsibilityTransferred: {
    fromMunicipalityCode: 'receivingMunicipality',
    toMunicipalityCode: 'receivingMunicipality',
    source: 'workflow',
    effectiveFrom: 'workflow',
  },
  PersonSettled: { municipalityCode: 'receivingMunicipality', settledOn: 'workflow' },
  LedgerEntryRecorded: {
    entry: 'workflow',
    municipalityCode: 'receivingMunicipality',
    since: 'workflow',
    source: 'workflow',
  },
  TransferRequested: {
    fromMunicipalityCode: 'receivingMunicipality',
    toMunicipalityCode: 'receivingMunicipality',
    requestedOn: 'workflow',
    reasons: 'identity',
    personView: 'identity',
  },
  TransferAgreed: {
    toMunicipalityCode: 'receivingMunicipality',
    effectiveFrom: 'workflow',
    costAgreement: 'receivingMunicipality',
  },
  TransferRefused: { toMunicipalityCode: 'receivingMunicipality', reasons: 'identity' },
  IvoApplicationRecorded: { appliedOn: 'workflow', reference: 'identity', after: 'workflow' },
  IvoDecisionRecorded: {
    responsibleMunicipalityCode: 'receivingMunicipality',
    decidedOn: 'workflow',
    receivedOn: 'workflow',
    appealUntil: 'workflow',
  },
  IvoDecisionAppealed: { appellantMunicipalityCode: 'receivingMunicipality', appealedOn: 'workflow' },
  IvoDecisionBecameFinal: { responsibleMunicipalityCode: 'receivingMunicipality', finalOn: 'workflow' },
  FollowUpRecorded: { month: 'workflow', notes: 'receptionPlan' },
  CaseClosed: { outcome: 'workflow', notes: 'identity' },
  CaseSuspended: { suspendedFrom: 'workflow', reason: 'identity', paused: 'workflow' },
  CaseResumed: { resumedTo: 'workflow', reason: 'identity' },
  RelocationAborted: { reason: 'identity' },
  DeadlineScheduled: {
    deadlineId: 'workflow',
    kind: 'workflow',
    ownerOrganisationId: 'workflow',
    dueAt: 'workflow',
    escalateAt: 'workflow',
  },
  DeadlineMet: { deadlineId: 'workflow' },
  DeadlineCancelled: { deadlineId: 'workflow', reason: 'workflow' },
  DeadlineExtended: { deadlineId: 'workflow', dueAt: 'workflow', escalateAt: 'workflow', reason: 'identity' },
  DeadlineMissed: { deadlineId: 'workflow', kind: 'workflow', dueAt: 'workflow' },
  EscalationRaised: {
    deadlineId: 'workflow',
    kind: 'workflow',
    level: 'workflow',
    notify: 'workflow',
    suggestion: 'workflow',
  },
  // Who handles the case is part of its workflow, as every event's actor is.
  HandlerAssigned: { organisationId: 'workflow', userId: 'workflow' },
  HandlerUnassigned: { organisationId: 'workflow', userId: 'workflow' },
  // The unit and the move date say where the household will live: reception-plan data, as after an acceptance.
  PlacedDirectly: {
    municipalityCode: 'receivingMunicipality',
    placingMunicipalityCode: 'workflow',
    unitId: 'receptionPlan',
    plannedMoveDate: 'receptionPlan',
    reason: 'identity',
  },
  DirectPlacementAcknowledged: { municipalityCode: 'receivingMunicipality' },
  ThreatReassessed: {
    level: 'threatLevel',
    validUntil: 'threatLevelAndConstraints',
    track: 'threatLevel',
    details: 'threatDetails',
  },
  CaseErased: { reason: 'workflow' },
  // Where the household lived is the receiving municipality; why it was compromised is free text.
  LocationCompromised: {
    municipalityCode: 'receivingMunicipality',
    exclusionZone: 'threatLevelAndConstraints',
    renewedRelocationId: 'workflow',
    urgency: 'workflow',
    reason: 'identity',
  },
  // Shown only to assigned handlers who see the identity (identityTrail.ts): everyone else never sees the entry.
  IdentityChanged: { identity: 'identity' },
  // The outcome category is part of the case's course, like the closing's; the notes are free text.
  OutcomeRecorded: { month: 'workflow', outcome: 'workflow', notes: 'identity' },
  // The household (docs/design.md §3.2): who is in it and a child's plain facts go with the household; each member's
  // identity and consent, a child's view, the impact assessment and court references are free text or identity.
  HouseholdMemberAdded: {
    memberId: 'householdAndNeeds',
    role: 'householdAndNeeds',
    birthYear: 'householdAndNeeds',
    protectedIdentity: 'identity',
    guardianConsent: 'householdAndNeeds',
    identity: 'identity',
    consent: 'identity',
  },
  HouseholdMemberRemoved: { memberId: 'householdAndNeeds' },
  ChildViewRecorded: {
    memberId: 'householdAndNeeds',
    heardOn: 'workflow',
    weight: 'householdAndNeeds',
    view: 'identity',
  },
  ChildImpactAssessmentRecorded: { memberId: 'householdAndNeeds', stage: 'workflow', assessment: 'identity' },
  ChildPlacementApplicationRecorded: {
    memberId: 'householdAndNeeds',
    appliedOn: 'workflow',
    reference: 'identity',
  },
  ChildPlacementDecisionRecorded: {
    memberId: 'householdAndNeeds',
    decidedOn: 'workflow',
    outcome: 'householdAndNeeds',
    reference: 'identity',
  },
  SchoolPlacementRequired: { memberId: 'householdAndNeeds' },
  SchoolPlacementRecorded: { memberId: 'householdAndNeeds', startsOn: 'workflow' },
};

/** The class of one field of a stored event; undefined (denied) for a field the map does not know. */
export function historyFieldClass(type: EventType, field: string): DataClass | undefined {
  const classes = historyFieldClasses[type] as Readonly<Record<string, DataClass>>;
  return Object.hasOwn(classes, field) ? classes[field] : undefined;
}
