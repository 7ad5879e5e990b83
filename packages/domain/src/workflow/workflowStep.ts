import { transition } from 'xstate';
import type { DomainErrorCode } from '../errors.ts';
import type { RelocationState } from '../state/state.ts';
import { preArrivalStatuses } from '../state/status.ts';
import type { Status } from '../state/status.ts';
import { relocationMachine } from './machine.ts';
import {
  acceptanceRule,
  clearanceRule,
  directPlacementRule,
  proposalRule,
  submissionConsentRule,
} from './rules.ts';
import { workflowContextOf } from './workflowContext.ts';
import type { WorkflowContext } from './workflowContext.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

export type WorkflowStep =
  | { readonly allowed: true; readonly next: Status }
  | { readonly allowed: false; readonly code: DomainErrorCode };

export function snapshotOf(state: RelocationState) {
  return relocationMachine.resolveState({ value: state.status, context: workflowContextOf(state) });
}

/** Does the state handle this event type at all (whatever its guards say)? */
export function handlesEvent(status: Status, type: WorkflowEvent['type']): boolean {
  return relocationMachine.states[status]?.transitions.has(type) ?? false;
}

/** Which rule refuses the event, if any; the machine's guards evaluate the same rules. */
export function ruleViolation(context: WorkflowContext, event: WorkflowEvent): DomainErrorCode | null {
  switch (event.type) {
    case 'SubmitRelocation':
      return submissionConsentRule(context);
    case 'ProposeReceivingMunicipality':
      return proposalRule(context, event.municipalityCode);
    case 'AcceptHandover':
      return acceptanceRule(context, event.providerPermitted, event.protectedHousing);
    case 'PlaceDirectly':
      return directPlacementRule(context, event.municipalityCode, event.unit, event.protectedHousing);
    case 'ConfirmArrival':
      return clearanceRule(context);
    default:
      return null;
  }
}

/**
 * Asks the machine where the event leads from the case's state: the single source of truth of which command is
 * allowed where. A state that does not handle the event type refuses with NOT_ALLOWED_IN_STATE (or
 * CLEARANCE_MISSING for an arrival before clearance); a handled one whose guard fails names the rule.
 */
export function workflowStep(state: RelocationState, event: WorkflowEvent): WorkflowStep {
  const context = workflowContextOf(state);
  if (!handlesEvent(state.status, event.type)) {
    const beforeArrival = (preArrivalStatuses as readonly Status[]).includes(state.status);
    if (event.type === 'ConfirmArrival' && beforeArrival && clearanceRule(context) !== null) {
      return { allowed: false, code: 'CLEARANCE_MISSING' };
    }
    return { allowed: false, code: 'NOT_ALLOWED_IN_STATE' };
  }
  const violation = ruleViolation(context, event);
  if (violation !== null) return { allowed: false, code: violation };
  const snapshot = snapshotOf(state);
  if (relocationMachine.getTransitionData(snapshot, event).length === 0) {
    return { allowed: false, code: 'NOT_ALLOWED_IN_STATE' };
  }
  const [next] = transition(relocationMachine, snapshot, event);
  return { allowed: true, next: next.value as Status };
}
