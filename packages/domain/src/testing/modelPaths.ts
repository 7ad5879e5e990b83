import { getShortestPaths } from '@xstate/graph';
import { relocationMachine } from '../workflow/machine.ts';
import type { WorkflowEvent } from '../workflow/workflowEvent.ts';
import { modelEvents } from './workflowCommands.ts';

type Snapshot = ReturnType<typeof relocationMachine.resolveState>;

const childGuardStates: ReadonlySet<string> = new Set(['matching', 'awaitingReceiverDecision', 'suspended']);

/**
 * What tells two machine states apart for path generation: the state value and every context field a guard reads
 * (zones as a set, declined/refused sorted), so that each distinct guard situation gets its own shortest path.
 */
export function serializeModelSnapshot(snapshot: Snapshot): string {
  const c = snapshot.context;
  const zones = [...new Set(c.zones.map((z) => `${z.kind}:${z.code}`))].sort();
  return JSON.stringify([
    snapshot.value,
    c.consents,
    zones,
    [...c.declined].sort(),
    [...c.refused].sort(),
    c.proposed,
    c.accepted,
    c.cleared,
    c.suspendedFrom,
    // The children's facts are read by the guards of proposal, acceptance and direct placement only: they tell
    // states apart where those are taken (or resumed to), which keeps the model small elsewhere.
    childGuardStates.has(String(snapshot.value))
      ? c.children.map((child) => [
          child.guardianMissing,
          child.court,
          child.assessed,
          child.assessedForAcceptance,
        ])
      : c.children.length,
  ]);
}

export interface ModelPath {
  /** The machine state the path ends in. */
  readonly state: Snapshot;
  /** The machine events from a fresh case to that state (no xstate.* internals). */
  readonly events: readonly WorkflowEvent[];
}

/** The shortest path (in `modelEvents()`) to every reachable machine state, as @xstate/graph finds them. */
export function modelPaths(): ModelPath[] {
  return getShortestPaths(relocationMachine, {
    events: modelEvents(),
    serializeState: (s) => serializeModelSnapshot(s as Snapshot),
  }).map((path) => ({
    state: path.state as Snapshot,
    events: path.steps
      .map((step) => step.event as WorkflowEvent | { type: `xstate.${string}` })
      .filter((event): event is WorkflowEvent => !event.type.startsWith('xstate.')),
  }));
}
