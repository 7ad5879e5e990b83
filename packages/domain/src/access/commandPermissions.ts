import type { CommandType } from '../commands/payloads.ts';
import type { Role } from '../schemas/actor.ts';
import type { Participation } from './participation.ts';

export interface CommandPermission {
  /** Roles in the token that may issue the command. */
  readonly roles: readonly Role[];
  /** How the actor's organisation must take part in the case (see `participationOf`). */
  readonly participations: readonly Participation[];
  /** When true, a municipality may issue it only while it is the responsible municipality. */
  readonly responsibleOnly?: true;
  /**
   * When true, the participations other than `acceptedReceiving` count only after a direct placement, and then only
   * for the placing municipality (the household was placed by it, not received by the destination).
   */
  readonly placingAfterDirectPlacement?: true;
  /**
   * When true, only a user assigned to the case in their organisation (HandlerAssigned) may issue it: for the
   * police, whose staff otherwise act per organisation, the officers their region named for the case.
   */
  readonly assignedHandlerOnly?: true;
}

const caseworkers: readonly Role[] = ['caseworker', 'supervisor'];

/** Every way a municipality takes part in a case (a supervisor assigns handlers in any of them). */
const municipalParticipations: readonly Participation[] = [
  'sending',
  'proposedReceiving',
  'acceptedReceiving',
  'receiving',
  'responsible',
  'transferCounterparty',
];

/**
 * Every way a municipality may hold the case: with `responsibleOnly`, only the one responsible for it acts (a
 * municipality that took over the case before the person arrived there is still `acceptedReceiving`).
 */
const holders: readonly Participation[] = [
  'sending',
  'receiving',
  'responsible',
  'acceptedReceiving',
  'proposedReceiving',
  'transferCounterparty',
];
/** Both sides of a transfer of the case; `decide` checks the actor is the requester or the one asked. */
const transferParties: readonly Participation[] = [
  'sending',
  'receiving',
  'responsible',
  'acceptedReceiving',
  'proposedReceiving',
  'transferCounterparty',
];

/**
 * Who may issue each command: the one place the API enforces. InitiateRelocation has no case yet, so every
 * organisation is `none` to it; `decide` adds that the actor's organisation must be a known municipality, which
 * becomes the sending one.
 */
export const commandPermissions: Readonly<Record<CommandType, CommandPermission>> = {
  InitiateRelocation: { roles: caseworkers, participations: ['none'] },
  RecordConsent: { roles: caseworkers, participations: ['sending'] },
  WithdrawConsent: { roles: caseworkers, participations: ['sending'] },
  SubmitRelocation: { roles: caseworkers, participations: ['sending'] },
  RecordThreatAssessment: { roles: ['police'], participations: ['police'] },
  EscalateThreat: { roles: ['police'], participations: ['police'] },
  ProposeReceivingMunicipality: { roles: ['coordinator'], participations: ['coordinator'] },
  AcceptHandover: { roles: caseworkers, participations: ['proposedReceiving'] },
  DeclineHandover: { roles: caseworkers, participations: ['proposedReceiving'] },
  GrantDestinationClearance: { roles: ['police'], participations: ['police'] },
  RefuseDestinationClearance: { roles: ['police'], participations: ['police'] },
  // After a direct placement the placing (responsible) municipality confirms arrival too (see `authorize`).
  ConfirmArrival: {
    roles: caseworkers,
    participations: ['acceptedReceiving', 'sending', 'responsible'],
    placingAfterDirectPlacement: true,
  },
  // Follow-ups and closing follow the ledger (docs/design.md §3.1): the municipality responsible for the case.
  RecordFollowUp: { roles: caseworkers, participations: holders, responsibleOnly: true },
  CloseCase: { roles: caseworkers, participations: holders, responsibleOnly: true },
  SuspendCase: {
    roles: [...caseworkers, 'coordinator'],
    participations: [...holders, 'coordinator'],
    responsibleOnly: true,
  },
  ResumeCase: {
    roles: [...caseworkers, 'coordinator'],
    participations: [...holders, 'coordinator'],
    responsibleOnly: true,
  },
  AbortRelocation: {
    roles: [...caseworkers, 'coordinator'],
    participations: [...holders, 'coordinator'],
    responsibleOnly: true,
  },
  ExtendDeadline: { roles: ['coordinator'], participations: ['coordinator'] },
  MarkDeadlineMissed: { roles: ['system'], participations: ['system'] },
  RaiseEscalation: { roles: ['system'], participations: ['system'] },
  // A municipality's supervisor names its handlers; a police region names the officers who handle the case
  // (docs/design.md §3.5): only they see a protected identity.
  AssignHandler: { roles: ['supervisor', 'police'], participations: [...municipalParticipations, 'police'] },
  UnassignHandler: {
    roles: ['supervisor', 'police'],
    participations: [...municipalParticipations, 'police'],
  },
  EraseCase: { roles: ['system'], participations: ['system'] },
  RequestTransfer: { roles: caseworkers, participations: holders, responsibleOnly: true },
  AgreeTransfer: { roles: caseworkers, participations: transferParties },
  RefuseTransfer: { roles: caseworkers, participations: transferParties },
  RecordIvoApplication: { roles: caseworkers, participations: holders, responsibleOnly: true },
  RecordIvoDecision: { roles: caseworkers, participations: transferParties },
  RecordIvoAppeal: { roles: caseworkers, participations: transferParties },
  RecordIvoDecisionFinal: { roles: caseworkers, participations: transferParties },
  // The responsible municipality or the one the person lives in learns of the registration.
  RecordPersonSettled: {
    roles: caseworkers,
    participations: ['sending', 'receiving', 'responsible', 'acceptedReceiving'],
  },
  // Direct placement (docs/design.md §3.3): by the responsible municipality; the destination acknowledges.
  PlaceDirectly: { roles: caseworkers, participations: holders, responsibleOnly: true },
  AcknowledgeDirectPlacement: { roles: caseworkers, participations: ['acceptedReceiving', 'receiving'] },
  // After arrival; `decide` checks it is the destination's region (NOT_DESTINATION_POLICE).
  ReassessThreat: { roles: ['police'], participations: ['police'] },
  // After arrival (docs/design.md §3.4): the police of the case or the municipality the household lives in.
  RecordLocationCompromised: {
    roles: [...caseworkers, 'police'],
    participations: ['receiving', 'police'],
  },
  // Fingerade personuppgifter are the police's decision (docs/design.md §5); only an officer assigned to the case,
  // who sees the protected identity, records the new one.
  ChangeIdentity: { roles: ['police'], participations: ['police'], assignedHandlerOnly: true },
  // Outcomes (issue 15): the municipality responsible for the case, or the one the person moved to.
  RecordOutcome: { roles: caseworkers, participations: [...holders] },
  // The household and its children (docs/design.md §3.2): the social services responsible for the case name the
  // members, hear the children, assess the impact on them and take a child's matter to the administrative court.
  AddHouseholdMember: { roles: caseworkers, participations: holders, responsibleOnly: true },
  RemoveHouseholdMember: { roles: caseworkers, participations: holders, responsibleOnly: true },
  RecordChildView: { roles: caseworkers, participations: holders, responsibleOnly: true },
  RecordChildImpactAssessment: { roles: caseworkers, participations: holders, responsibleOnly: true },
  RecordChildPlacementApplication: { roles: caseworkers, participations: holders, responsibleOnly: true },
  RecordChildPlacementDecision: { roles: caseworkers, participations: holders, responsibleOnly: true },
  // The school placement task after arrival belongs to the receiving municipality (the vistelsekommun).
  RecordSchoolPlacement: { roles: caseworkers, participations: ['acceptedReceiving', 'receiving'] },
};
