import { decodeRelocationEvent, evolve, initialState } from '@relocation/domain';
import type { DomainEvent, RelocationState } from '@relocation/domain';
import type { EventStore } from '@relocation/event-store';

export interface LoadedRelocation {
  readonly state: RelocationState;
  readonly events: readonly DomainEvent[];
}

/** Reads a case's stream (up to and including `untilRevision` when given) and folds it with `evolve`. */
export async function loadRelocation(
  store: EventStore,
  streamName: string,
  untilRevision?: number,
): Promise<LoadedRelocation> {
  const events: DomainEvent[] = [];
  const options = untilRevision === undefined ? {} : { fromRevision: 0, maxCount: untilRevision + 1 };
  for await (const recorded of store.readStream(streamName, options))
    events.push(decodeRelocationEvent(recorded));
  return { state: events.reduce(evolve, initialState()), events };
}
