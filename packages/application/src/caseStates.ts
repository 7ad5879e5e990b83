import { loadRelocation } from './loadRelocation.ts';
import { initialState } from '@relocation/domain';
import type { RelocationState } from '@relocation/domain';
import type { EventStore } from '@relocation/event-store';

export interface CaseStates {
  /** The case's state just before the event at `revision` of `streamName`. */
  before(streamName: string, revision: number): Promise<RelocationState>;
  /** Remembers the state after an event (its `revision` field says which). */
  remember(streamName: string, state: RelocationState): void;
}

/**
 * A bounded cache of case states, so that following the feed folds each event once. A state that is missing (a
 * restart, an evicted case) or not at the revision just before the event is rebuilt from the case's stream.
 */
export function createCaseStates(store: Pick<EventStore, 'readStream'>, maxCases = 10_000): CaseStates {
  const cache = new Map<string, RelocationState>();
  return {
    async before(streamName, revision) {
      if (revision === 0) return initialState();
      const cached = cache.get(streamName);
      if (cached !== undefined && cached.revision === revision - 1) return cached;
      const { state } = await loadRelocation(store as EventStore, streamName, revision - 1);
      return state;
    },
    remember(streamName, state) {
      cache.delete(streamName);
      cache.set(streamName, state);
      if (cache.size > maxCases) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    },
  };
}
