import { hashEvent } from '../hashEvent.ts';
import type { RecordedEvent } from '../port.ts';
import type { TamperHooks } from '../tamperHooks.ts';
import { findStored, replaceStored, toStoredJson, type InMemoryState } from './inMemoryState.ts';

/** Tamper hooks over the in-memory store's log: they never touch the recorded stream heads. */
export function createInMemoryTamperHooks(state: InMemoryState, now: () => Date): Required<TamperHooks> {
  return {
    changeData(streamName, revision, data) {
      const before = findStored(state, streamName, revision);
      replaceStored(state, before, { ...before, data: toStoredJson(data) });
      return Promise.resolve();
    },
    deleteEvent(streamName, revision) {
      const doomed = findStored(state, streamName, revision);
      const stream = state.streams.get(streamName) ?? [];
      stream.splice(stream.indexOf(doomed), 1);
      state.log.splice(state.log.indexOf(doomed), 1);
      return Promise.resolve();
    },
    swapEvents(streamName, revisionA, revisionB) {
      const stream = state.streams.get(streamName) ?? [];
      const a = stream.indexOf(findStored(state, streamName, revisionA));
      const b = stream.indexOf(findStored(state, streamName, revisionB));
      [stream[a], stream[b]] = [stream[b] as RecordedEvent, stream[a] as RecordedEvent];
      return Promise.resolve();
    },
    insertEvent(streamName, afterRevision, event) {
      const predecessor = findStored(state, streamName, afterRevision);
      const revision = afterRevision + 1;
      const content = {
        id: event.id,
        type: event.type,
        data: toStoredJson(event.data),
        metadata: toStoredJson(event.metadata),
      };
      const hash = hashEvent({ streamName, revision, ...content, previousHash: predecessor.hash });
      const globalPosition = state.nextPosition;
      state.nextPosition += 1n;
      const forged: RecordedEvent = {
        ...content,
        streamName,
        revision,
        globalPosition,
        checkpoint: globalPosition.toString(),
        recordedAt: now(),
        hash,
        previousHash: predecessor.hash,
      };
      const stream = state.streams.get(streamName) ?? [];
      stream.splice(stream.indexOf(predecessor) + 1, 0, forged);
      state.log.push(forged);
      return Promise.resolve();
    },
  };
}
