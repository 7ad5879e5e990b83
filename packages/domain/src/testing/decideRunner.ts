import type { Command } from '../commands/command.ts';
import { decide } from '../decide/decide.ts';
import type { Decision } from '../decide/decide.ts';
import type { DecideContext, Provider } from '../decide/decideContext.ts';
import type { DeadlinePolicy } from '../deadlines/policy.ts';
import type { DomainEvent } from '../events/event.ts';
import { replay } from '../evolve.ts';
import type { RelocationState } from '../state/state.ts';
import { fixedClock, sequentialIds } from './clock.ts';
import type { TestClock } from './clock.ts';
import { fakeSeal } from './fakeSealer.ts';
import { sampleProviders } from './fixtures.ts';

export interface TestContextOptions {
  readonly clock?: TestClock;
  readonly newId?: () => string;
  readonly providers?: readonly Provider[];
  readonly deadlinePolicy?: DeadlinePolicy;
}

/** A decide context with a hand-moved clock, sequential ids, the fake sealer and the sample providers. */
export function testContext(options: TestContextOptions = {}): DecideContext & { readonly clock: TestClock } {
  const clock = options.clock ?? fixedClock();
  const newId = options.newId ?? sequentialIds();
  return {
    clock,
    get now() {
      return clock.now();
    },
    newId,
    seal: fakeSeal,
    providers: options.providers ?? sampleProviders,
    ...(options.deadlinePolicy === undefined ? {} : { deadlinePolicy: options.deadlinePolicy }),
  };
}

/**
 * Runs commands one after another through decide and evolve, like the API would, and keeps every event. Throws
 * on a rejection, naming it: for setting up a case in tests and scripts.
 */
export function runCommands(
  commands: readonly Command[],
  context: DecideContext = testContext(),
  from: { readonly state: RelocationState; readonly events: readonly DomainEvent[] } = {
    state: replay([]),
    events: [],
  },
): { state: RelocationState; events: DomainEvent[] } {
  let state = from.state;
  const events = [...from.events];
  for (const command of commands) {
    const decision: Decision = decide(command, state, context);
    if (!decision.ok) {
      throw new Error(`${command.type} was rejected: ${decision.error.code} (${decision.error.message})`);
    }
    events.push(...decision.events);
    state = replay(decision.events, state);
  }
  return { state, events };
}
