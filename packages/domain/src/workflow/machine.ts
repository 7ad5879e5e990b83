/**
 * The relocation workflow (docs/design.md §3) as one XState v5 machine. It is never run as an actor and has no timers:
 * `decide` asks it, through the pure `transition` function, whether a command is allowed in the case's state and
 * where it leads. Deadlines are data (see deadlines/), not `after` transitions.
 *
 * The machine owns the states, the transitions and the guards, and nothing else: it has no actions. Its context
 * is always derived from the decider state (`workflowContextOf`), which `evolve` alone changes, so the facts a guard
 * reads are computed in one place. The model-based test walks decide/evolve and checks every step against the
 * machine.
 */
import { setup } from 'xstate';
import type { SuspendableStatus } from '../events/eventData.ts';
import {
  acceptanceRule,
  clearanceRule,
  directPlacementRule,
  escalationLapsesAcceptance,
  proposalRule,
  submissionConsentRule,
} from './rules.ts';
import { emptyWorkflowContext } from './workflowContext.ts';
import type { WorkflowContext } from './workflowContext.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** Every suspendable state suspends the same way; where it resumes to is the case's `suspendedFrom`. */
const suspend = { target: 'suspended' } as const;

const resumeTo = (status: SuspendableStatus) =>
  ({
    target: status,
    guard: { type: 'wasSuspendedIn', params: { status } },
  }) as const;

/**
 * Handler assignment and erasure leave the workflow where it is: every state of a started case takes them, and
 * the ended states still take erasure (the retention rule erases cases long after they ended).
 */
const handlerCommands = { AssignHandler: {}, UnassignHandler: {} } as const;
const erasure = { EraseCase: {} } as const;

/**
 * The household (docs/design.md §3.2) changes while the case is open, in every open state: members are named and
 * removed, children heard and assessed, a child's matter taken to the administrative court. They leave the workflow
 * where it is; what they change is what the proposal's and the acceptance's guards read.
 */
const householdCommands = {
  AddHouseholdMember: {},
  RemoveHouseholdMember: {},
  RecordChildView: {},
  RecordChildImpactAssessment: {},
  RecordChildPlacementApplication: {},
  RecordChildPlacementDecision: {},
} as const;

/** Side exits and self-transitions every open state after draft shares. */
const openStateCommon = {
  ...handlerCommands,
  ...erasure,
  ...householdCommands,
  RecordConsent: {},
  WithdrawConsent: { target: 'withdrawn' },
  AbortRelocation: { target: 'aborted' },
} as const;

/** Commands about the deadline the state waits for (the case stays where it is). */
const deadlineCommands = {
  ExtendDeadline: {},
  MarkDeadlineMissed: {},
  RaiseEscalation: {},
} as const;

/**
 * Transfer of the case, IVO and settling (docs/design.md §3.1) run beside the relocation: they move who is
 * responsible, never the workflow state, so every state from submission on takes them, suspended included (a
 * statutory month does not stop for our suspension). Their steps' order (request, answer, IVO, appeal, final) is
 * the case's transfer matter, checked by `transferCommandEvents`.
 */
const transferCommands = {
  RequestTransfer: {},
  AgreeTransfer: {},
  RefuseTransfer: {},
  RecordIvoApplication: {},
  RecordIvoDecision: {},
  RecordIvoAppeal: {},
  RecordIvoDecisionFinal: {},
  RecordPersonSettled: {},
} as const;

/**
 * The vistelsekommun's acknowledgement of a direct placement (docs/design.md §3.3) leaves the workflow where it is;
 * whether the case has an unacknowledged placement is checked by `decide`.
 */
const placementCommands = { AcknowledgeDirectPlacement: {} } as const;

/**
 * An identity change (fingerade personuppgifter, docs/design.md §5) leaves the workflow where it is: the police may
 * record it in every state from submission until the case ends, suspended included.
 */
const identityCommands = { ChangeIdentity: {} } as const;

/**
 * The outcomes 6 and 12 months after arrival (issue 15) leave the workflow where it is. They are taken after arrival
 * (follow-up, a suspension, and the closed case: the 12-month outcome usually falls after the closing, so a closed
 * case still takes it and the deadline monitor's commands for its wait); `decide` checks the person has arrived.
 */
const outcomeCommands = { RecordOutcome: {} } as const;

const escalateAfterAcceptance = [
  {
    guard: 'escalationLapsesAcceptance',
    target: 'matching',
  },
  { target: 'destinationClearance', reenter: true },
] as const;

export const relocationMachine = setup({
  types: {
    context: {} as WorkflowContext,
    events: {} as WorkflowEvent,
  },
  guards: {
    consentCoversSubmission: ({ context }) => submissionConsentRule(context) === null,
    destinationAllowed: ({ context, event }) =>
      event.type === 'ProposeReceivingMunicipality' && proposalRule(context, event.municipalityCode) === null,
    directPlacementAllowed: ({ context, event }) =>
      event.type === 'PlaceDirectly' &&
      directPlacementRule(context, event.municipalityCode, event.unit, event.protectedHousing) === null,
    providerPermitted: ({ context, event }) =>
      event.type === 'AcceptHandover' &&
      acceptanceRule(context, event.providerPermitted, event.protectedHousing) === null,
    destinationCleared: ({ context }) => clearanceRule(context) === null,
    escalationLapsesAcceptance: ({ context, event }) =>
      event.type === 'EscalateThreat' && escalationLapsesAcceptance(context, event.zones),
    wasSuspendedIn: ({ context }, params: { status: SuspendableStatus }) =>
      context.suspendedFrom === params.status,
  },
}).createMachine({
  id: 'relocation',
  initial: 'notInitiated',
  context: emptyWorkflowContext,
  states: {
    notInitiated: {
      on: { InitiateRelocation: { target: 'draft' } },
    },
    draft: {
      on: {
        ...openStateCommon,
        SubmitRelocation: { target: 'threatAssessment', guard: 'consentCoversSubmission' },
      },
    },
    threatAssessment: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend,
        RecordThreatAssessment: { target: 'matching' },
        EscalateThreat: { target: 'threatAssessment' },
      },
    },
    matching: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend,
        ProposeReceivingMunicipality: {
          target: 'awaitingReceiverDecision',
          guard: 'destinationAllowed',
        },
        PlaceDirectly: {
          target: 'destinationClearance',
          guard: 'directPlacementAllowed',
        },
        EscalateThreat: { target: 'threatAssessment' },
      },
    },
    awaitingReceiverDecision: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend,
        AcceptHandover: { target: 'destinationClearance', guard: 'providerPermitted' },
        DeclineHandover: { target: 'matching' },
        EscalateThreat: { target: 'threatAssessment' },
      },
    },
    destinationClearance: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend,
        ...placementCommands,
        GrantDestinationClearance: { target: 'awaitingArrival' },
        RefuseDestinationClearance: { target: 'matching' },
        EscalateThreat: escalateAfterAcceptance,
      },
    },
    awaitingArrival: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend,
        ...placementCommands,
        ConfirmArrival: { target: 'followUp', guard: 'destinationCleared' },
        EscalateThreat: escalateAfterAcceptance,
      },
    },
    followUp: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend,
        ...placementCommands,
        RecordFollowUp: {},
        ReassessThreat: {},
        ...outcomeCommands,
        RecordSchoolPlacement: {},
        CloseCase: { target: 'closed' },
        // The location is compromised: a linked case relocates the household again and this one closes (§3.4).
        RecordLocationCompromised: { target: 'closed' },
      },
    },
    suspended: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        ...placementCommands,
        ...outcomeCommands,
        RecordSchoolPlacement: {},
        ResumeCase: [
          resumeTo('threatAssessment'),
          resumeTo('matching'),
          resumeTo('awaitingReceiverDecision'),
          resumeTo('destinationClearance'),
          resumeTo('awaitingArrival'),
          resumeTo('followUp'),
        ],
      },
    },
    aborted: { type: 'final', on: erasure },
    withdrawn: { type: 'final', on: erasure },
    closed: { type: 'final', on: { ...erasure, ...deadlineCommands, ...outcomeCommands } },
  },
});

export type RelocationMachine = typeof relocationMachine;
