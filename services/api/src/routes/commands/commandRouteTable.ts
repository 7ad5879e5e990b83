import type { CommandType } from '@relocation/domain';

export interface CommandRoute {
  /** Under /v1/relocations; '' is the collection (the server makes the case id). */
  readonly action: string;
  readonly type: Exclude<CommandType, 'MarkDeadlineMissed' | 'RaiseEscalation' | 'EraseCase'>;
  readonly summary: string;
}

/**
 * Every command the API takes, as data: POST /v1/relocations/:id/<action> issues <type>. The deadline monitor's
 * own commands (MarkDeadlineMissed, RaiseEscalation) and erasure (EraseCase: `pnpm relocation erase`, the retention
 * job) are not offered over HTTP.
 */
export const commandRouteTable = [
  { action: '', type: 'InitiateRelocation', summary: 'Start a case (the sending municipality)' },
  { action: 'consent', type: 'RecordConsent', summary: 'Record the person’s consent to share the case' },
  { action: 'withdraw-consent', type: 'WithdrawConsent', summary: 'Record that consent was withdrawn' },
  { action: 'submit', type: 'SubmitRelocation', summary: 'Submit the case for a threat assessment' },
  {
    action: 'threat-assessments',
    type: 'RecordThreatAssessment',
    summary: 'Record the police threat assessment',
  },
  { action: 'escalate-threat', type: 'EscalateThreat', summary: 'Report that the threat has grown' },
  { action: 'propose', type: 'ProposeReceivingMunicipality', summary: 'Propose a receiving municipality' },
  { action: 'accept', type: 'AcceptHandover', summary: 'Accept the handover (the proposed municipality)' },
  { action: 'decline', type: 'DeclineHandover', summary: 'Decline the handover (the proposed municipality)' },
  {
    action: 'clear-destination',
    type: 'GrantDestinationClearance',
    summary: 'Clear the destination (police)',
  },
  {
    action: 'refuse-destination',
    type: 'RefuseDestinationClearance',
    summary: 'Refuse the destination (police)',
  },
  { action: 'confirm-arrival', type: 'ConfirmArrival', summary: 'Confirm the person has arrived' },
  { action: 'follow-ups', type: 'RecordFollowUp', summary: 'Record a follow-up (1, 3 or 6 months)' },
  { action: 'close', type: 'CloseCase', summary: 'Close the case' },
  { action: 'suspend', type: 'SuspendCase', summary: 'Suspend the case (deadlines pause)' },
  { action: 'resume', type: 'ResumeCase', summary: 'Resume a suspended case' },
  { action: 'abort', type: 'AbortRelocation', summary: 'Abort the relocation' },
  { action: 'extend-deadline', type: 'ExtendDeadline', summary: 'Move a deadline (the coordinator)' },
  {
    action: 'handlers',
    type: 'AssignHandler',
    summary: 'Assign a colleague of your organisation to the case (a supervisor)',
  },
  {
    action: 'unassign-handler',
    type: 'UnassignHandler',
    summary: 'Take a colleague of your organisation off the case (a supervisor)',
  },
  // Transfer of the case (överflyttning) and IVO: docs/design.md §3.1.
  {
    action: 'transfer-requests',
    type: 'RequestTransfer',
    summary: 'Ask another municipality in writing to take over the case (the responsible municipality)',
  },
  {
    action: 'transfer-agree',
    type: 'AgreeTransfer',
    summary: 'Agree to take over the case from a date (the municipality asked)',
  },
  {
    action: 'transfer-refuse',
    type: 'RefuseTransfer',
    summary: 'Refuse to take over the case (the municipality asked)',
  },
  {
    action: 'ivo-applications',
    type: 'RecordIvoApplication',
    summary: 'Record an application to IVO after a refusal or a month without answer (the requester)',
  },
  {
    action: 'ivo-decisions',
    type: 'RecordIvoDecision',
    summary: 'Record IVO’s decision and the date it was received',
  },
  {
    action: 'ivo-appeals',
    type: 'RecordIvoAppeal',
    summary: 'Record an appeal of IVO’s decision (within three weeks)',
  },
  {
    action: 'ivo-decision-final',
    type: 'RecordIvoDecisionFinal',
    summary: 'Record that the decision became final: responsibility moves then',
  },
  {
    action: 'person-settled',
    type: 'RecordPersonSettled',
    summary: 'Record that the person registered (settled) in a municipality',
  },
  // Direct placement (acute): docs/design.md §3.3.
  {
    action: 'direct-placements',
    type: 'PlaceDirectly',
    summary:
      'Place the household directly in a unit allowed to operate, in another municipality (acute cases; the responsible municipality)',
  },
  {
    action: 'direct-placement-acknowledgements',
    type: 'AcknowledgeDirectPlacement',
    summary: 'Acknowledge a direct placement in your municipality (the destination, within a business day)',
  },
  // Police of the destination: docs/design.md §3.5.
  {
    action: 'threat-reassessments',
    type: 'ReassessThreat',
    summary:
      'Reassess the threat after arrival (the police region of the destination), by the previous valid-until',
  },
  // A compromised location and the renewed relocation: docs/design.md §3.4.
  {
    action: 'location-compromised',
    type: 'RecordLocationCompromised',
    summary:
      'Record that the location is compromised after arrival (the police or the municipality the household lives in); closes the case and opens a linked case for the household, named in the answer',
  },
  // The national follow-up (issue 15): where the person is 6 and 12 months after arrival.
  {
    action: 'outcomes',
    type: 'RecordOutcome',
    summary:
      'Record the outcome 6 or 12 months after arrival (the responsible or receiving municipality; also on a closed case)',
  },
  // Fingerade personuppgifter: docs/design.md §5.
  {
    action: 'identity-changes',
    type: 'ChangeIdentity',
    summary:
      'Record the person’s new name and personnummer (fingerade personuppgifter; a police officer assigned to the case)',
  },
  // The household and its children: docs/design.md §3.2.
  {
    action: 'household-members',
    type: 'AddHouseholdMember',
    summary:
      'Name a co-moving adult or child, with their own identity and consent (the responsible municipality)',
  },
  {
    action: 'remove-household-member',
    type: 'RemoveHouseholdMember',
    summary: 'Take a member off the household (the responsible municipality)',
  },
  { action: 'child-views', type: 'RecordChildView', summary: 'Record a child’s own view (sealed)' },
  {
    action: 'child-impact-assessments',
    type: 'RecordChildImpactAssessment',
    summary:
      'Record a children’s impact assessment for one child (before proposal, and again before acceptance)',
  },
  {
    action: 'child-placement-applications',
    type: 'RecordChildPlacementApplication',
    summary:
      'Record an application to the administrative court to place a child in protected housing without a guardian’s consent (lag 2024:79)',
  },
  {
    action: 'child-placement-decisions',
    type: 'RecordChildPlacementDecision',
    summary: 'Record the administrative court’s decision on placing the child in protected housing',
  },
  {
    action: 'school-placements',
    type: 'RecordSchoolPlacement',
    summary: 'Record a school-age child’s school placement after arrival (the receiving municipality)',
  },
] as const satisfies readonly CommandRoute[];

export const commandPathOf = (route: CommandRoute): string =>
  route.action === '' ? '/v1/relocations' : `/v1/relocations/:id/${route.action}`;
