/**
 * The relocation workflow (docs/design.md §3) as one XState v5 machine. It is never run as an actor and has no timers:
 * `decide` asks it, through the pure `transition` function, whether a command is allowed in the case's state and
 * where it leads. Deadlines are data (see deadlines/), not `after` transitions.
 */
import { assign, setup } from 'xstate';
import type { SuspendableStatus } from '../events/eventData.ts';
import type { ConsentParty } from '../schemas/caseFacts.ts';
import {
  acceptanceRule,
  clearanceRule,
  directPlacementRule,
  escalationLapsesAcceptance,
  proposalRule,
  submissionConsentRule,
} from './rules.ts';
import { emptyWorkflowContext } from './workflowContext.ts';
import type { WorkflowChild, WorkflowContext } from './workflowContext.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

function union(a: readonly ConsentParty[], b: readonly ConsentParty[]): ConsentParty[] {
  return [...new Set([...a, ...b])].sort();
}

const suspend = (status: SuspendableStatus) =>
  ({ target: 'suspended', actions: { type: 'rememberSuspendedFrom', params: { status } } }) as const;

const resumeTo = (status: SuspendableStatus) =>
  ({
    target: status,
    guard: { type: 'wasSuspendedIn', params: { status } },
    actions: 'forgetSuspendedFrom',
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
  AddHouseholdMember: { actions: 'addMember' },
  RemoveHouseholdMember: { actions: 'removeMember' },
  RecordChildView: {},
  RecordChildImpactAssessment: { actions: 'assessChild' },
  RecordChildPlacementApplication: { actions: 'applyToCourt' },
  RecordChildPlacementDecision: { actions: 'courtDecides' },
} as const;

/** Changes one child of the context (an unknown id changes nothing: decide refuses it). */
const withChild = (
  children: readonly WorkflowChild[],
  memberId: string,
  change: (child: WorkflowChild) => WorkflowChild,
): WorkflowChild[] => children.map((child) => (child.memberId === memberId ? change(child) : child));

/** Side exits and self-transitions every open state after draft shares. */
const openStateCommon = {
  ...handlerCommands,
  ...erasure,
  ...householdCommands,
  RecordConsent: { actions: 'addConsents' },
  WithdrawConsent: { target: 'withdrawn', actions: 'withdrawConsent' },
  AbortRelocation: { target: 'aborted', actions: 'forgetSuspendedFrom' },
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
    actions: ['addEscalationZones', 'lapseAcceptance'],
  },
  { target: 'destinationClearance', reenter: true, actions: ['addEscalationZones', 'requireClearance'] },
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
  actions: {
    initiate: assign(({ event }) =>
      event.type === 'InitiateRelocation'
        ? { sending: event.sending, acute: event.acute, zones: [...event.zones] }
        : {},
    ),
    addConsents: assign(({ context, event }) =>
      event.type === 'RecordConsent' ? { consents: union(context.consents, event.parties) } : {},
    ),
    withdrawConsent: assign({ consents: [], suspendedFrom: null }),
    addAssessmentZones: assign(({ context, event }) =>
      event.type === 'RecordThreatAssessment' ? { zones: [...context.zones, ...event.zones] } : {},
    ),
    addEscalationZones: assign(({ context, event }) =>
      event.type === 'EscalateThreat' ? { zones: [...context.zones, ...event.zones] } : {},
    ),
    // A new proposal needs every child's impact assessment again before acceptance (docs/design.md §3.2).
    propose: assign(({ context, event }) =>
      event.type === 'ProposeReceivingMunicipality'
        ? {
            proposed: event.municipalityCode,
            children: context.children.map((child) => ({ ...child, assessedForAcceptance: false })),
          }
        : {},
    ),
    addMember: assign(({ context, event }) =>
      event.type === 'AddHouseholdMember' &&
      event.child &&
      !context.children.some((child) => child.memberId === event.memberId)
        ? {
            children: [
              ...context.children,
              {
                memberId: event.memberId,
                guardianMissing: event.guardianMissing,
                court: 'none' as const,
                assessed: false,
                assessedForAcceptance: false,
              },
            ],
          }
        : {},
    ),
    removeMember: assign(({ context, event }) =>
      event.type === 'RemoveHouseholdMember'
        ? { children: context.children.filter((child) => child.memberId !== event.memberId) }
        : {},
    ),
    // An assessment made while a proposal waits for its answer is the one before acceptance.
    assessChild: assign(({ context, event }) =>
      event.type === 'RecordChildImpactAssessment'
        ? {
            children: withChild(context.children, event.memberId, (child) => ({
              ...child,
              assessed: true,
              assessedForAcceptance: child.assessedForAcceptance || context.proposed !== null,
            })),
          }
        : {},
    ),
    applyToCourt: assign(({ context, event }) =>
      event.type === 'RecordChildPlacementApplication'
        ? {
            children: withChild(context.children, event.memberId, (child) =>
              child.guardianMissing && child.court !== 'applied' && child.court !== 'placementAllowed'
                ? { ...child, court: 'applied' as const }
                : child,
            ),
          }
        : {},
    ),
    courtDecides: assign(({ context, event }) =>
      event.type === 'RecordChildPlacementDecision'
        ? {
            children: withChild(context.children, event.memberId, (child) =>
              child.court === 'applied'
                ? {
                    ...child,
                    court: event.placementAllowed
                      ? ('placementAllowed' as const)
                      : ('placementRefused' as const),
                  }
                : child,
            ),
          }
        : {},
    ),
    withdrawProposal: assign({ proposed: null }),
    accept: assign(({ context }) => ({ accepted: context.proposed, proposed: null })),
    placeDirectly: assign(({ event }) =>
      event.type === 'PlaceDirectly' ? { accepted: event.municipalityCode, cleared: false } : {},
    ),
    decline: assign(({ context }) => ({
      declined: context.proposed === null ? context.declined : [...context.declined, context.proposed],
      proposed: null,
    })),
    grantClearance: assign({ cleared: true }),
    refuseClearance: assign(({ context }) => ({
      refused: context.accepted === null ? context.refused : [...context.refused, context.accepted],
      accepted: null,
      cleared: false,
    })),
    lapseAcceptance: assign({ accepted: null, cleared: false }),
    requireClearance: assign({ cleared: false }),
    rememberSuspendedFrom: assign((_, params: { status: SuspendableStatus }) => ({
      suspendedFrom: params.status,
    })),
    forgetSuspendedFrom: assign({ suspendedFrom: null }),
  },
}).createMachine({
  id: 'relocation',
  initial: 'notInitiated',
  context: emptyWorkflowContext,
  states: {
    notInitiated: {
      on: { InitiateRelocation: { target: 'draft', actions: 'initiate' } },
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
        SuspendCase: suspend('threatAssessment'),
        RecordThreatAssessment: { target: 'matching', actions: 'addAssessmentZones' },
        EscalateThreat: { target: 'threatAssessment', actions: 'addEscalationZones' },
      },
    },
    matching: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend('matching'),
        ProposeReceivingMunicipality: {
          target: 'awaitingReceiverDecision',
          guard: 'destinationAllowed',
          actions: 'propose',
        },
        PlaceDirectly: {
          target: 'destinationClearance',
          guard: 'directPlacementAllowed',
          actions: 'placeDirectly',
        },
        EscalateThreat: { target: 'threatAssessment', actions: 'addEscalationZones' },
      },
    },
    awaitingReceiverDecision: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend('awaitingReceiverDecision'),
        AcceptHandover: { target: 'destinationClearance', guard: 'providerPermitted', actions: 'accept' },
        DeclineHandover: { target: 'matching', actions: 'decline' },
        EscalateThreat: { target: 'threatAssessment', actions: ['addEscalationZones', 'withdrawProposal'] },
      },
    },
    destinationClearance: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend('destinationClearance'),
        ...placementCommands,
        GrantDestinationClearance: { target: 'awaitingArrival', actions: 'grantClearance' },
        RefuseDestinationClearance: { target: 'matching', actions: 'refuseClearance' },
        EscalateThreat: escalateAfterAcceptance,
      },
    },
    awaitingArrival: {
      on: {
        ...openStateCommon,
        ...deadlineCommands,
        ...transferCommands,
        ...identityCommands,
        SuspendCase: suspend('awaitingArrival'),
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
        SuspendCase: suspend('followUp'),
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
