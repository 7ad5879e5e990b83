import { randomUUID } from 'node:crypto';
import {
  decide,
  encodeRelocationEvent,
  evolve,
  initialState,
  relocationStreamName,
  type Command,
  type RelocationState,
} from '@relocation/domain';
import { testContext, type TestClock } from '@relocation/domain/testing';
import type { EventStore } from '@relocation/event-store';

export interface RecordedCase {
  readonly relocationId: string;
  state: RelocationState;
  /** The global position of the last append. */
  lastPosition: bigint;
  /** Decides more commands on this case and appends their events, one append per command. */
  run(commands: readonly Command[]): Promise<bigint>;
}

/**
 * A case driven through the domain's `decide` like the command side does it: each command of the sample fixtures
 * is re-targeted at `relocationId`, decided against the case's state, and its events appended with the expected
 * revision. Ids are random (several cases share one store); the clock is the test's.
 */
export function recordCase(
  store: EventStore,
  clock: TestClock,
  relocationId: string = randomUUID(),
): RecordedCase {
  const context = testContext({ clock, newId: randomUUID });
  const recorded: RecordedCase = {
    relocationId,
    state: initialState(),
    lastPosition: -1n,
    async run(commands) {
      for (const original of commands) {
        const command = { ...original, relocationId, commandId: randomUUID() } as Command;
        const decision = decide(command, recorded.state, context);
        if (!decision.ok) throw new Error(`${command.type} was rejected: ${decision.error.code}`);
        const result = await store.appendToStream(
          relocationStreamName(relocationId),
          decision.events.map((event) => encodeRelocationEvent(event)),
          { expectedRevision: recorded.state.revision < 0 ? 'no_stream' : recorded.state.revision },
        );
        recorded.state = decision.events.reduce(evolve, recorded.state);
        recorded.lastPosition = result.position;
      }
      return recorded.lastPosition;
    },
  };
  return recorded;
}
