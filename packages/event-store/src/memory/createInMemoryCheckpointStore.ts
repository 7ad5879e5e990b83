import type { CheckpointStore } from '../port.ts';

/** Checkpoints kept in a Map: for tests and single-process tools. */
export function createInMemoryCheckpointStore(): CheckpointStore & {
  readonly entries: ReadonlyMap<string, string>;
} {
  const entries = new Map<string, string>();
  return {
    entries,
    load(subscriberId) {
      return Promise.resolve(entries.get(subscriberId));
    },
    store(subscriberId, checkpoint) {
      entries.set(subscriberId, checkpoint);
      return Promise.resolve();
    },
  };
}
