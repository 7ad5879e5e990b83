import type { WaitForAppends } from '../subscribe.ts';

/** Wakes waiting subscriptions when the in-memory store appends. */
export interface AppendNotifier {
  notify(): void;
  /** A wait that returns at once if an append happened since `watch()` was called. */
  watch(): WaitForAppends;
}

export function createAppendNotifier(): AppendNotifier {
  let version = 0;
  const waiters = new Set<() => void>();
  return {
    notify() {
      version += 1;
      for (const wake of [...waiters]) wake();
    },
    watch() {
      const seen = version;
      return (ms, signal) =>
        new Promise<void>((resolve) => {
          if (version !== seen || signal.aborted) {
            resolve();
            return;
          }
          const wake = (): void => {
            clearTimeout(timer);
            waiters.delete(wake);
            signal.removeEventListener('abort', wake);
            resolve();
          };
          const timer = setTimeout(wake, ms);
          waiters.add(wake);
          signal.addEventListener('abort', wake, { once: true });
        });
    },
  };
}
