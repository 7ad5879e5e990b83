import type { Command } from '../commands/command.ts';
import { decide } from '../decide/decide.ts';
import type { Decision } from '../decide/decide.ts';
import type { DecideContext } from '../decide/decideContext.ts';
import type { DomainErrorCode } from '../errors.ts';
import type { DomainEvent } from '../events/event.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import { replay } from '../evolve.ts';
import type { RelocationState } from '../state/state.ts';
import { runCommands, testContext } from './decideRunner.ts';

type ExpectedEvent = { readonly type: EventDraft['type']; readonly data?: Readonly<Record<string, unknown>> };

function describeDecision(decision: Decision): string {
  return decision.ok ? decision.events.map((e) => e.type).join(', ') : `rejected ${decision.error.code}`;
}

function matches(actual: DomainEvent, expected: ExpectedEvent): boolean {
  if (actual.type !== expected.type) return false;
  if (expected.data === undefined) return true;
  const data = actual.data as Readonly<Record<string, unknown>>;
  return Object.entries(expected.data).every(
    ([key, value]) => JSON.stringify(data[key]) === JSON.stringify(value),
  );
}

export interface Then {
  /** The decision, for custom assertions. */
  readonly decision: Decision;
  /** The state after the given history (before the command). */
  readonly stateBefore: RelocationState;
  /** Asserts the events, in order, by type and (when given) by the listed data fields. Returns them. */
  then(expected: readonly (ExpectedEvent | EventDraft['type'])[]): readonly DomainEvent[];
  /** Asserts a rejection with this code. Returns the error. */
  thenRejects(code: DomainErrorCode): { code: DomainErrorCode; message: string };
}

/**
 * Given/when/then for the decider (emmett's DeciderSpecification in spirit). `given` takes earlier commands (run
 * through decide, so the history is a real one) or events; `when` decides one more command.
 */
export function given(history: readonly (Command | DomainEvent)[], context: DecideContext = testContext()) {
  const events: DomainEvent[] = [];
  let state = replay([]);
  for (const item of history) {
    if ('payload' in item) {
      const result = runCommands([item], context, { state, events });
      state = result.state;
      events.splice(0, events.length, ...result.events);
    } else {
      events.push(item);
      state = replay([item], state);
    }
  }
  return {
    state,
    events,
    when(command: Command): Then {
      const decision = decide(command, state, context);
      return {
        decision,
        stateBefore: state,
        then(expected) {
          const wanted = expected.map((e) => (typeof e === 'string' ? { type: e } : e));
          if (!decision.ok) {
            throw new Error(
              `Expected ${wanted.map((e) => e.type).join(', ')} but ${describeDecision(decision)}: ${decision.error.message}`,
            );
          }
          const ok =
            decision.events.length === wanted.length &&
            decision.events.every((e, i) => matches(e, wanted[i]!));
          if (!ok) {
            throw new Error(
              `Expected ${JSON.stringify(wanted)} but got ${JSON.stringify(decision.events.map((e) => ({ type: e.type, data: e.data })))}`,
            );
          }
          return decision.events;
        },
        thenRejects(code) {
          if (decision.ok)
            throw new Error(`Expected rejection ${code} but got ${describeDecision(decision)}`);
          if (decision.error.code !== code) {
            throw new Error(
              `Expected rejection ${code} but got ${decision.error.code}: ${decision.error.message}`,
            );
          }
          return { code: decision.error.code, message: decision.error.message };
        },
      };
    },
  };
}
