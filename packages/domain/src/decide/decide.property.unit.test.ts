/**
 * Property-based tests: random command sequences (rightful and wrongful actors, random pauses) never break the
 * invariants, and replaying the events produced, even after a JSON round trip and schema parse, rebuilds exactly
 * the state the decider reached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import { domainEventSchema } from '../events/event.ts';
import type { DomainEvent } from '../events/event.ts';
import { evolve, replay } from '../evolve.ts';
import { initialState } from '../state/state.ts';
import { actors, testContext } from '../testing/index.ts';
import { brokenInvariants } from '../testing/invariants.ts';
import { commandForWorkflowEvent, modelEvents } from '../testing/workflowCommands.ts';
import { relocationMachine } from '../workflow/machine.ts';
import { snapshotOf } from '../workflow/workflowStep.ts';
import type { WorkflowEvent } from '../workflow/workflowEvent.ts';
import { decide } from './decide.ts';

/**
 * The model's events plus more destinations, so that declines and refusals do not exhaust the candidates. Erasure
 * ends everything a sequence could still reach, so it has its own property below.
 */
const events: WorkflowEvent[] = [
  ...modelEvents().filter((event) => event.type !== 'EraseCase'),
  ...['1880', '2281', '0580', '1380', '2080'].map((code) => ({
    type: 'ProposeReceivingMunicipality' as const,
    municipalityCode: code,
  })),
];
const anyActor = Object.values(actors);

const ending = new Set(['WithdrawConsent', 'AbortRelocation']);
/** Events that end a case are rare, so that most sequences travel far into the workflow. */
const noise = new Set([
  'RecordConsent',
  'SuspendCase',
  'ExtendDeadline',
  'MarkDeadlineMissed',
  'RaiseEscalation',
  'AssignHandler',
  'UnassignHandler',
]);
/** The transfer of the case runs beside the workflow, in every state from submission on: rare, like endings. */
const sideTrack = new Set([
  'RequestTransfer',
  'AgreeTransfer',
  'RefuseTransfer',
  'RecordIvoApplication',
  'RecordIvoDecision',
  'RecordIvoAppeal',
  'RecordIvoDecisionFinal',
  'RecordPersonSettled',
  // The police's identity change (fingerade personuppgifter) leaves the workflow where it is, like the transfer.
  'ChangeIdentity',
]);
/**
 * The household's commands (issue 13). A child named on the case holds up proposal and acceptance until assessed
 * (and protected housing until the court decides), so they are rare, and left out where sequences must travel far.
 */
const household = new Set([
  'AddHouseholdMember',
  'RemoveHouseholdMember',
  'RecordChildView',
  'RecordChildImpactAssessment',
  'RecordChildPlacementApplication',
  'RecordChildPlacementDecision',
  'RecordSchoolPlacement',
]);
const setbacks = new Set(['EscalateThreat', 'DeclineHandover', 'RefuseDestinationClearance']);
const weightOf = (event: WorkflowEvent) =>
  ending.has(event.type) || sideTrack.has(event.type) || household.has(event.type)
    ? 1
    : noise.has(event.type)
      ? 4
      : setbacks.has(event.type)
        ? 8
        : 30;
const weighted = (candidates: readonly WorkflowEvent[]) =>
  candidates.flatMap((event) => Array.from({ length: weightOf(event) }, () => event));

const stepArbitrary = fc.record({
  event: fc.noBias(fc.nat({ max: 100_000 })),
  /** Half the steps pick among the events the machine currently accepts, so sequences travel far. */
  followMachine: fc.boolean(),
  /** Most steps use the rightful actor; some are sent by someone else. */
  impostor: fc.oneof(
    { arbitrary: fc.constant(null), weight: 7 },
    { arbitrary: fc.integer({ min: 0, max: anyActor.length - 1 }), weight: 1 },
  ),
  pauseHours: fc.integer({ min: 0, max: 24 * 20 }),
});

type Step = { event: number; followMachine: boolean; impostor: number | null; pauseHours: number };

function pick(step: Step, state: ReturnType<typeof initialState>, pool: readonly WorkflowEvent[]) {
  if (!step.followMachine) return pool[step.event % pool.length]!;
  const snapshot = snapshotOf(state);
  const accepted = pool.filter((event) => relocationMachine.getTransitionData(snapshot, event).length > 0);
  const candidates = weighted(accepted.length > 0 ? accepted : pool);
  return candidates[step.event % candidates.length]!;
}

function run(
  steps: readonly Step[],
  from = { context: testContext(), state: initialState() },
  pool: readonly WorkflowEvent[] = events,
) {
  const { context } = from;
  let state = from.state;
  const produced: DomainEvent[] = [];
  const broken: string[] = [];
  // Start with a case most of the time, so that sequences get somewhere.
  for (const step of steps) {
    context.clock.advance(step.pauseHours * 3_600_000);
    const event = pick(step, state, pool);
    const rightful = commandForWorkflowEvent(event, state, context.clock);
    const command: Command =
      step.impostor === null ? rightful : { ...rightful, actor: anyActor[step.impostor]! };
    const decision = decide(command, state, context);
    if (!decision.ok) continue;
    for (const domainEvent of decision.events) {
      const after = evolve(state, domainEvent);
      broken.push(...brokenInvariants(state, domainEvent, after));
      state = after;
    }
    produced.push(...decision.events);
  }
  return { state, produced, broken, context };
}

const initiateFirst = fc
  .array(stepArbitrary, { minLength: 20, maxLength: 80 })
  .map((steps) => [{ event: 0, followMachine: true, impostor: null, pauseHours: 0 }, ...steps]);

describe('random command sequences', () => {
  it('never break the invariants', () => {
    fc.assert(
      fc.property(initiateFirst, (steps) => {
        expect(run(steps).broken).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  // 200 runs: the transfer commands (issue 12) and the identity change (issue 13) share the picks, so the same seed
  // needs more sequences.
  it('travel far: with a fixed seed they reach arrival, closure, declines, resumption and the escalation ladder', () => {
    const reached = new Set<string>();
    for (const steps of fc.sample(initiateFirst, { numRuns: 200, seed: 20260302 })) {
      const pool = events.filter((event) => !household.has(event.type));
      for (const event of run(steps, undefined, pool).produced) reached.add(event.type);
    }
    for (const mustSee of [
      'ArrivalConfirmed',
      'CaseClosed',
      'EscalationRaised',
      'CaseResumed',
      'HandoverDeclined',
      'HandlerAssigned',
      'HandlerUnassigned',
    ]) {
      expect(reached).toContain(mustSee);
    }
  });

  it('after erasure, in whatever state, the case takes no further command and keeps its workflow state', () => {
    fc.assert(
      fc.property(initiateFirst, fc.array(stepArbitrary, { maxLength: 30 }), (before, after) => {
        const start = run(before);
        const erase = commandForWorkflowEvent({ type: 'EraseCase' }, start.state, start.context.clock);
        const decision = decide(erase, start.state, start.context);
        expect(decision.ok).toBe(true);
        if (!decision.ok) return;
        expect(decision.events.map((event) => event.type)).toEqual(['CaseErased']);
        const erased = decision.events.reduce(evolve, start.state);
        // Only the members' identity envelopes go with the key (docs/design.md §5).
        expect(erased.householdMembers.every((member) => member.identity === null)).toBe(true);
        expect({
          ...erased,
          erased: false,
          revision: start.state.revision,
          householdMembers: start.state.householdMembers,
        }).toEqual(start.state);
        const later = run(after, { context: start.context, state: erased });
        expect(later.produced).toEqual([]);
        expect(later.state).toEqual(erased);
      }),
      { numRuns: 60 },
    );
  });

  it('replaying the events rebuilds the same state, also after storage (JSON and schema parse)', () => {
    fc.assert(
      fc.property(initiateFirst, (steps) => {
        const { state, produced } = run(steps);
        expect(replay(produced)).toEqual(state);
        const stored = produced.map((event) => domainEventSchema.parse(JSON.parse(JSON.stringify(event))));
        expect(replay(stored as DomainEvent[])).toEqual(state);
        expect(state.revision).toBe(produced.length - 1);
      }),
      { numRuns: 80 },
    );
  });

  it('evolve is deterministic and never throws, whatever the order of events', () => {
    fc.assert(
      fc.property(initiateFirst, fc.integer(), (steps, seed) => {
        const { produced } = run(steps);
        const shuffled = fc.sample(fc.shuffledSubarray(produced, { minLength: produced.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        expect(replay(shuffled)).toEqual(replay(shuffled));
      }),
      { numRuns: 50 },
    );
  });
});
