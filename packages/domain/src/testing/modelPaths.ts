import { decide } from '../decide/decide.ts';
import type { DomainEvent } from '../events/event.ts';
import { evolve } from '../evolve.ts';
import { initialState } from '../state/state.ts';
import type { RelocationState } from '../state/state.ts';
import { workflowContextOf } from '../workflow/workflowContext.ts';
import type { WorkflowEvent } from '../workflow/workflowEvent.ts';
import { fixedClock, sequentialIds } from './clock.ts';
import { testContext } from './decideRunner.ts';
import { commandForWorkflowEvent, modelEvents } from './workflowCommands.ts';

const childGuardStates: ReadonlySet<string> = new Set(['matching', 'awaitingReceiverDecision', 'suspended']);

/**
 * What tells two case states apart for path generation: the status and every fact a machine guard reads (the
 * workflow context, zones as a set, declined/refused sorted), so that each distinct guard situation gets its own
 * shortest path.
 */
export function modelStateKey(state: RelocationState): string {
  const c = workflowContextOf(state);
  const zones = [...new Set(c.zones.map((z) => `${z.kind}:${z.code}`))].sort();
  return JSON.stringify([
    state.status,
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
    childGuardStates.has(state.status)
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
  /** The case state the path ends in (as decide/evolve make it). */
  readonly state: RelocationState;
  /** The model events from a fresh case to that state, each turned into a command by `commandForWorkflowEvent`. */
  readonly events: readonly WorkflowEvent[];
  /** The test clock's time at the end of the path, and how many ids the path used: to continue from its end. */
  readonly now: string;
  readonly idsUsed: number;
}

/** A decide context that continues a path from its end: the same time, and ids after the ones already used. */
export function continuingContext(path: Pick<ModelPath, 'now' | 'idsUsed'>) {
  let used = path.idsUsed;
  const ids = sequentialIds();
  for (let i = 0; i < used; i += 1) ids();
  const context = testContext({
    clock: fixedClock(path.now),
    newId: () => {
      used += 1;
      return ids();
    },
  });
  return { context, idsUsed: () => used };
}

/** One model event through decide and evolve from a path's end; null when decide refuses it. */
export function extendPath(
  path: ModelPath,
  event: WorkflowEvent,
): { readonly path: ModelPath; readonly events: readonly DomainEvent[] } | null {
  const { context, idsUsed } = continuingContext(path);
  const decision = decide(commandForWorkflowEvent(event, path.state, context.clock), path.state, context);
  if (!decision.ok) return null;
  const state = decision.events.reduce(evolve, path.state);
  return {
    path: { state, events: [...path.events, event], now: context.clock.now(), idsUsed: idsUsed() },
    events: decision.events,
  };
}

/**
 * The shortest path (in `modelEvents()`) to every reachable case state, found breadth-first through decide and
 * evolve. Two states with the same `modelStateKey` count as one. The machine plays no part in the walk: the
 * model-based test checks each step of it against the machine.
 */
export function modelPaths(): ModelPath[] {
  const events = modelEvents();
  const start: ModelPath = { state: initialState(), events: [], now: fixedClock().now(), idsUsed: 0 };
  const found = new Map<string, ModelPath>([[modelStateKey(start.state), start]]);
  const queue: ModelPath[] = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const event of events) {
      const step = extendPath(next, event);
      if (step === null) continue;
      const key = modelStateKey(step.path.state);
      if (found.has(key)) continue;
      found.set(key, step.path);
      queue.push(step.path);
    }
  }
  return [...found.values()];
}
