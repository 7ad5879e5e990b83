import type { SuspendableStatus } from '../events/eventData.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { ConsentParty } from '../schemas/caseFacts.ts';
import type { RelocationState } from '../state/state.ts';
import { childrenOf } from '../state/householdMember.ts';
import type { ChildCourtMatter } from '../state/householdMember.ts';

/** What the guards need to know about one child of the household (docs/design.md §3.2). */
export interface WorkflowChild {
  readonly memberId: string;
  readonly guardianMissing: boolean;
  readonly court: ChildCourtMatter;
  readonly assessed: boolean;
  readonly assessedForAcceptance: boolean;
}

/** What the machine's guards need to know about a case: a projection of the decider state. */
export interface WorkflowContext {
  readonly sending: string | null;
  /** The case is acute: only then may the responsible municipality place directly (docs/design.md §3.3). */
  readonly acute: boolean;
  readonly consents: readonly ConsentParty[];
  readonly zones: readonly ExclusionZone[];
  readonly declined: readonly string[];
  readonly refused: readonly string[];
  readonly proposed: string | null;
  readonly accepted: string | null;
  readonly cleared: boolean;
  readonly suspendedFrom: SuspendableStatus | null;
  /** The children named on the case, in the order they were added. */
  readonly children: readonly WorkflowChild[];
}

export const emptyWorkflowContext: WorkflowContext = {
  sending: null,
  acute: false,
  consents: [],
  zones: [],
  declined: [],
  refused: [],
  proposed: null,
  accepted: null,
  cleared: false,
  suspendedFrom: null,
  children: [],
};

export function workflowContextOf(state: RelocationState): WorkflowContext {
  return {
    sending: state.sendingMunicipality,
    acute: state.urgency === 'acute',
    consents: state.consents,
    zones: state.exclusionZones,
    declined: state.declined,
    refused: state.refused,
    proposed: state.proposedMunicipality,
    accepted: state.acceptedMunicipality,
    cleared: state.cleared,
    suspendedFrom: state.suspendedFrom,
    children: childrenOf(state.householdMembers).map((child) => ({
      memberId: child.memberId,
      guardianMissing: child.guardianConsent === 'missing',
      court: child.court,
      assessed: child.impactAssessed,
      assessedForAcceptance: child.impactAssessedForAcceptance,
    })),
  };
}
