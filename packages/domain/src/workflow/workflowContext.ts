import type { SuspendableStatus } from '../events/eventData.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { ConsentParty } from '../schemas/caseFacts.ts';
import type { RelocationState } from '../state/state.ts';

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
  };
}
