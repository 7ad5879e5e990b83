import type { AnyStateNode } from 'xstate';
import { relocationMachine } from './machine.ts';

function guardLabel(guard: unknown): string {
  if (guard === undefined || guard === null) return '';
  if (typeof guard === 'string') return ` [${guard}]`;
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: Record<string, unknown> };
    const args = params === undefined ? '' : ` ${Object.values(params).join(', ')}`;
    return ` [${type}${args}]`;
  }
  return ' [guarded]';
}

/**
 * A Mermaid stateDiagram-v2 of the workflow, generated from the machine definition: every transition with its
 * event and guard. Transitions that keep the state (consent, deadline commands, follow-ups) are listed in a note
 * beside their state instead of as loops, to keep the picture readable.
 */
export function workflowMermaid(): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${relocationMachine.config.initial as string}`];
  const states = Object.values(relocationMachine.root.states) as AnyStateNode[];
  for (const node of states) {
    const stays: string[] = [];
    for (const [eventType, transitions] of node.transitions) {
      for (const transition of transitions) {
        const targets = transition.target ?? [];
        if (targets.length === 0) {
          stays.push(eventType + guardLabel(transition.guard));
          continue;
        }
        for (const target of targets) {
          lines.push(`  ${node.key} --> ${target.key}: ${eventType}${guardLabel(transition.guard)}`);
        }
      }
    }
    if (stays.length > 0) lines.push(`  note right of ${node.key}: stays on ${stays.join(', ')}`);
    if (node.type === 'final') lines.push(`  ${node.key} --> [*]`);
  }
  return lines.join('\n');
}

/** The whole docs/workflow.md file. */
export function workflowDocument(): string {
  return [
    '# Relocation workflow',
    '',
    'Generated from the XState machine in `packages/domain/src/workflow/machine.ts` by',
    '`pnpm --filter @relocation/domain diagram`; CI fails when it is out of date (`diagram:check`). Do not edit by hand.',
    '',
    'Guards: `consentCoversSubmission` (police and coordinator consent), `destinationAllowed` (receiving-municipality',
    'consent; a known municipality that is not the sending one, not excluded, has not declined and was not refused),',
    '`providerPermitted` (protected housing names a provider with a valid IVO permit on the move date),',
    '`directPlacementAllowed` (an acute case; the destination obeys the proposal rules; the unit may operate on the',
    'move date and lies in the destination: docs/design.md §3.3),',
    '`destinationCleared`, `escalationLapsesAcceptance` (the accepted municipality falls in the new exclusion zones),',
    '`wasSuspendedIn` (resume returns to the state the case was suspended in).',
    '',
    'Responsibility does not follow these states: arrival moves none. The transfer of the case (RequestTransfer,',
    'AgreeTransfer, RefuseTransfer), IVO (RecordIvoApplication, RecordIvoDecision, RecordIvoAppeal,',
    'RecordIvoDecisionFinal) and RecordPersonSettled stay in every state from submission on and move responsibility',
    'in the ledger: socialtjänstlagen (2025:400), formerly 2 a kap. 10-11 §§ SoL (2001:453); see docs/design.md §3.1.',
    '',
    '```mermaid',
    workflowMermaid(),
    '```',
    '',
  ].join('\n');
}
