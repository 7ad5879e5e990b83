import type { WaitForAppends } from '@relocation/event-store';

/**
 * The channel the store notifies (payload: its schema) after a statement of appends committed; the store LISTENs
 * on it once something watches for appends.
 */
export const APPENDED_CHANNEL = 'event_store_appended';

/**
 * A notification's payload: the schema, then a line with the store instance that sent it, so that a store does
 * not wake its own watchers a second time (they were woken in process when the append returned).
 */
export const appendedPayload = (schema: string, origin: string): string => `${schema}\n${origin}`;

/**
 * Whether a notification on the channel is news for the store `origin` on `schema`: an append to the same schema by
 * another store instance. A payload of the schema alone (a process of an earlier version) counts as news too.
 */
export function isOthersAppend(payload: string, schema: string, origin: string): boolean {
  if (payload === schema) return true;
  const newline = payload.indexOf('\n');
  return newline !== -1 && payload.slice(0, newline) === schema && payload.slice(newline + 1) !== origin;
}

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
