import type { CheckpointStore } from '@relocation/event-store';

/**
 * A checkpoint store whose `store` fails from the `crashAtStore`-th call on, as if the process died right after the
 * broker acknowledged a batch and before its checkpoint was written. `crashed` resolves at the first failure.
 */
export function crashingCheckpoints(
  inner: CheckpointStore,
  crashAtStore: number,
): CheckpointStore & { readonly crashed: Promise<void> } {
  let calls = 0;
  let signalCrash: () => void = () => undefined;
  const crashed = new Promise<void>((resolve) => {
    signalCrash = resolve;
  });
  return {
    crashed,
    load: (subscriberId) => inner.load(subscriberId),
    async store(subscriberId, checkpoint) {
      calls += 1;
      if (calls >= crashAtStore) {
        signalCrash();
        throw new Error('simulated crash between publish and checkpoint');
      }
      await inner.store(subscriberId, checkpoint);
    },
  };
}
