import type { WaitForAppends } from '@relocation/event-store';

/**
 * The channel the store notifies (payload: its schema) after a statement of appends committed; the store LISTENs
 * on it once something watches for appends.
 */
export const APPENDED_CHANNEL = 'event_store_appended';

/**
 * Wakes this process's polling readers (subscriptions, a projector) when an append committed: at once for this
 * process's own appends, and on the notification for other processes' (PostgreSQL LISTEN/NOTIFY; PGlite delivers
 * the same notification in process). Readers keep a slow poll in case a notification is lost.
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
