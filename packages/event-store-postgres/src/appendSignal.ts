import type { WaitForAppends } from '@relocation/event-store';

/**
 * Wakes this process's polling subscriptions when this process appended, so a projector running beside the API
 * sees a command's events at once instead of at its next poll. Appends by other processes are found by polling.
 */
export interface AppendSignal {
  appended(): void;
  /** A wait that ends early (or at once) if an append happens after `watch()` was called. */
  watch(): WaitForAppends;
}

export function createAppendSignal(): AppendSignal {
  let appends = 0;
  const sleepers = new Set<() => void>();
  return {
    appended() {
      appends += 1;
      for (const wake of [...sleepers]) wake();
    },
    watch() {
      const seen = appends;
      return (ms, signal) =>
        new Promise<void>((resolve) => {
          if (appends !== seen || signal.aborted) return resolve();
          const wake = (): void => {
            clearTimeout(timer);
            sleepers.delete(wake);
            signal.removeEventListener('abort', wake);
            resolve();
          };
          const timer = setTimeout(wake, ms);
          sleepers.add(wake);
          signal.addEventListener('abort', wake, { once: true });
        });
    },
  };
}
