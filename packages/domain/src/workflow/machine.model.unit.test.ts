/**
 * Model-based tests: a breadth-first walk through decide/evolve reaches every case state the model's events lead to
 * (`modelPaths`); from each one the test tries every event the model knows. On every step decide/evolve must agree
 * with the machine, asked from the case state (allowed or not, and the next state), and the invariants hold. At the
 * end every state and every transition of the machine definition must have been exercised. The machine has no
 * actions: its context is always `workflowContextOf` the decider state, so there is no second copy of the facts.
 */
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { transferCodes } from '../decide/transferCommandEvents.ts';
import { householdCodes } from '../decide/householdCommandEvents.ts';
import type { DomainErrorCode } from '../errors.ts';
import { evolve } from '../evolve.ts';
import { initialState } from '../state/state.ts';
import { statuses } from '../state/status.ts';
import { brokenInvariants } from '../testing/invariants.ts';
import { continuingContext, modelPaths, modelStateKey } from '../testing/modelPaths.ts';
import type { ModelPath } from '../testing/modelPaths.ts';
import { commandForWorkflowEvent, modelEvents } from '../testing/workflowCommands.ts';
import { decide } from '../decide/decide.ts';
import { relocationMachine } from './machine.ts';
import { snapshotOf } from './workflowStep.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** Refusals that come from a command's own data, beyond what the machine models (it only allows the self-loop). */
const commandLevelCodes: readonly DomainErrorCode[] = [
  'FOLLOW_UP_ALREADY_RECORDED',
  'DEADLINE_NOT_FOUND',
  'DEADLINE_NOT_DUE',
  'DEADLINE_ALREADY_MISSED',
  'DEADLINE_NOT_MISSED',
  'ESCALATION_NOT_DUE',
  'ALREADY_ESCALATED',
  'INVALID_DEADLINE',
  'HANDLER_ALREADY_ASSIGNED',
  'HANDLER_NOT_ASSIGNED',
  // The transfer of the case runs beside the workflow (the machine only allows its self-loops): its stage, its
  // parties and the person's consent to share with another municipality are checked by transferCommandEvents.
  ...transferCodes,
  'CONSENT_MISSING',
  'UNKNOWN_MUNICIPALITY',
  // A direct placement's acknowledgement (a self-loop): the case may have no placement, or it is acknowledged.
  'NOT_A_DIRECT_PLACEMENT',
  'ALREADY_ACKNOWLEDGED',
  // Outcomes (a self-loop after arrival): a suspended case may not have arrived yet, or the month is recorded.
  'NOT_ARRIVED',
  'OUTCOME_ALREADY_RECORDED',
  // The household's commands are self-loops: the member they name, a child's court matter and school placement are
  // checked by householdCommandEvents.
  ...householdCodes,
];

/** Refusals for one event type only: with no destination on the case, nobody is there to acknowledge it. */
const eventLevelCodes: Partial<Record<WorkflowEvent['type'], readonly DomainErrorCode[]>> = {
  AcknowledgeDirectPlacement: ['NOT_A_PARTICIPANT'],
  // The model assigns no police handler: the officer may not change the identity (see workflowCommands.ts).
  ChangeIdentity: ['NOT_AN_ASSIGNED_HANDLER'],
  // Without a destination nobody receives the child's school placement.
  RecordSchoolPlacement: ['NOT_A_PARTICIPANT', 'FORBIDDEN_FOR_ROLE'],
};

const taken = new Set<string>();

/** One event from a path's end through both the machine and decide/evolve; returns the path after it, if any. */
function step(path: ModelPath, event: WorkflowEvent): ModelPath | null {
  const snapshot = snapshotOf(path.state);
  const enabled = relocationMachine.getTransitionData(snapshot, event);
  const [next] = transition(relocationMachine, snapshot, event);
  const { context, idsUsed } = continuingContext(path);
  const command = commandForWorkflowEvent(event, path.state, context.clock);
  const decision = decide(command, path.state, context);
  const label = `${path.state.status} --${event.type}${JSON.stringify(event).slice(0, 60)}-->`;
  if (enabled.length === 0) {
    expect(decision.ok, `${label} machine refuses, decide must too`).toBe(false);
    return null;
  }
  for (const t of enabled) {
    for (const target of t.target ?? [{ key: path.state.status }]) {
      taken.add(`${path.state.status}|${event.type}|${target.key}`);
    }
  }
  if (!decision.ok) {
    expect(
      [...commandLevelCodes, ...(eventLevelCodes[event.type] ?? [])],
      `${label} decide refused with ${decision.error.code}`,
    ).toContain(decision.error.code);
    expect(next.value, `${label} a command-level refusal only happens on a self-loop`).toBe(
      path.state.status,
    );
    return null;
  }
  let state = path.state;
  for (const domainEvent of decision.events) {
    const after = evolve(state, domainEvent);
    expect(brokenInvariants(state, domainEvent, after), `${label} ${domainEvent.type}`).toEqual([]);
    state = after;
  }
  expect(state.status, label).toBe(next.value);
  return { state, events: [...path.events, event], now: context.clock.now(), idsUsed: idsUsed() };
}

describe('the machine and decide/evolve agree on every path', () => {
  const events = modelEvents();
  const paths = modelPaths();

  it('reaches every state of the definition', () => {
    console.log(`model: ${paths.length} reachable case states`);
    const reached = new Set(paths.map((p) => p.state.status));
    expect([...reached].sort()).toEqual([...statuses].sort());
  });

  it('each path replays from a fresh case to the state it names', () => {
    for (const path of paths) {
      let replayed: ModelPath | null = { state: initialState(), events: [], now: paths[0]!.now, idsUsed: 0 };
      for (const event of path.events) replayed = replayed === null ? null : step(replayed, event);
      expect(replayed && modelStateKey(replayed.state)).toBe(modelStateKey(path.state));
    }
  }, 300_000);

  it('tries every event from every reachable state, exercising every transition', () => {
    for (const path of paths) {
      for (const event of events) step(path, event);
    }
    const defined = new Set<string>();
    for (const node of Object.values(relocationMachine.root.states)) {
      for (const [type, transitions] of node.transitions) {
        for (const t of transitions) {
          for (const target of t.target ?? [{ key: node.key }])
            defined.add(`${node.key}|${type}|${target.key}`);
        }
      }
    }
    expect([...defined].filter((edge) => !taken.has(edge))).toEqual([]);
  });
});
