/**
 * Model-based tests: @xstate/graph walks the machine through every reachable state; from each one the test
 * replays the shortest path through decide/evolve and then tries every event the model knows. On every step
 * decide/evolve must agree with the machine (allowed or not, next state, guard context) and the invariants hold.
 * At the end every state and every transition of the machine definition must have been exercised.
 */
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { decide } from '../decide/decide.ts';
import { transferCodes } from '../decide/transferCommandEvents.ts';
import { householdCodes } from '../decide/householdCommandEvents.ts';
import type { DomainErrorCode } from '../errors.ts';
import { evolve } from '../evolve.ts';
import { initialState } from '../state/state.ts';
import type { RelocationState } from '../state/state.ts';
import { statuses } from '../state/status.ts';
import { brokenInvariants } from '../testing/invariants.ts';
import { modelPaths } from '../testing/modelPaths.ts';
import { commandForWorkflowEvent, modelEvents } from '../testing/workflowCommands.ts';
import { testContext } from '../testing/index.ts';
import { relocationMachine } from './machine.ts';
import { workflowContextOf } from './workflowContext.ts';
import type { WorkflowContext } from './workflowContext.ts';
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
  // checked by householdCommandEvents (the machine's assigns leave an unknown or unchanged child alone).
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

type Snapshot = ReturnType<typeof relocationMachine.resolveState>;

function normalised(context: WorkflowContext) {
  return { ...context, zones: [...new Set(context.zones.map((z) => `${z.kind}:${z.code}`))].sort() };
}

interface Replay {
  state: RelocationState;
  context: ReturnType<typeof testContext>;
}

const taken = new Set<string>();

/** One step through both the machine and decide/evolve; returns the decider state after it. */
function step(
  replay: Replay,
  snapshot: Snapshot,
  event: WorkflowEvent,
): { state: RelocationState; snapshot: Snapshot } {
  const enabled = relocationMachine.getTransitionData(snapshot, event);
  const [next] = transition(relocationMachine, snapshot, event);
  const command = commandForWorkflowEvent(event, replay.state, replay.context.clock);
  const decision = decide(command, replay.state, replay.context);
  const label = `${String(snapshot.value)} --${event.type}${JSON.stringify(event).slice(0, 60)}-->`;
  if (enabled.length === 0) {
    expect(decision.ok, `${label} machine refuses, decide must too`).toBe(false);
    return { state: replay.state, snapshot };
  }
  for (const t of enabled) {
    for (const target of t.target ?? [{ key: String(snapshot.value) }]) {
      taken.add(`${String(snapshot.value)}|${event.type}|${target.key}`);
    }
  }
  if (!decision.ok) {
    expect(
      [...commandLevelCodes, ...(eventLevelCodes[event.type] ?? [])],
      `${label} decide refused with ${decision.error.code}`,
    ).toContain(decision.error.code);
    expect(next.value, `${label} a command-level refusal only happens on a self-loop`).toBe(snapshot.value);
    return { state: replay.state, snapshot };
  }
  let state = replay.state;
  for (const domainEvent of decision.events) {
    const after = evolve(state, domainEvent);
    expect(brokenInvariants(state, domainEvent, after), `${label} ${domainEvent.type}`).toEqual([]);
    state = after;
  }
  expect(state.status, label).toBe(next.value);
  expect(normalised(workflowContextOf(state)), label).toEqual(normalised(next.context));
  return { state, snapshot: next };
}

describe('the machine and decide/evolve agree on every path', () => {
  const events = modelEvents();
  const paths = modelPaths();

  it('reaches every state of the definition', () => {
    console.log(`model: ${paths.length} reachable states`);
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([...statuses].sort());
  });

  it('replays each shortest path and every event from its end, exercising every transition', () => {
    for (const path of paths) {
      const replay: Replay = { state: initialState(), context: testContext() };
      let snapshot = relocationMachine.resolveState({
        value: 'notInitiated',
        context: workflowContextOf(initialState()),
      });
      for (const event of path.events) {
        const result = step(replay, snapshot, event);
        replay.state = result.state;
        snapshot = result.snapshot;
      }
      for (const event of events) {
        const branch: Replay = {
          state: replay.state,
          context: testContext({ clock: { ...replay.context.clock } }),
        };
        branch.context.clock.set(replay.context.clock.now());
        step(branch, snapshot, event);
      }
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
