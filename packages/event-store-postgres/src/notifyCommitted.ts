import type { SqlQueryable } from '@relocation/postgres';
import { APPENDED_CHANNEL, appendedPayload } from './appendSignal.ts';

/** How often at most a store notifies, by default (`SqlEventStoreOptions.notifyIntervalMs`). */
export const DEFAULT_NOTIFY_INTERVAL_MS = 5;

export interface NotifyOptions {
  /** At most one notification per this many milliseconds; a commit within the interval is told at its end. */
  readonly intervalMs?: number;
  /** Milliseconds on a monotonic clock (tests inject one). */
  readonly now?: () => number;
}

/**
 * Tells other processes' watchers that appends committed (`NOTIFY event_store_appended`, payload: the schema and
 * the sending store, `appendedPayload`), without waiting and without piling up:
 * - a commit after a quiet interval is told at once, so a lone command wakes the other processes without delay;
 * - commits within `intervalMs` of the last notification are told by one notification at the interval's end, and
 *   while one is on its way, further commits only ask for one more.
 * A watcher woken by a notification reads everything committed up to then, so nothing is late by more than the
 * interval plus one round trip. Each notification is a transaction of its own (NOTIFY takes a transaction id): a
 * writer appending hundreds of times a second would otherwise pay for a second transaction at every append.
 */
export function notifyCommitted(
  db: SqlQueryable,
  schema: string,
  origin: string,
  isClosed: () => boolean,
  options: NotifyOptions = {},
): () => void {
  const payload = appendedPayload(schema, origin);
  const intervalMs = options.intervalMs ?? DEFAULT_NOTIFY_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  let sending = false;
  let again = false;
  let due: ReturnType<typeof setTimeout> | undefined;
  let lastSent = Number.NEGATIVE_INFINITY;
  const send = (): void => {
    if (isClosed()) return;
    if (sending) {
      again = true;
      return;
    }
    // A notification already due tells this commit too.
    if (due !== undefined) return;
    const wait = lastSent + intervalMs - now();
    if (wait > 0) {
      due = setTimeout(() => {
        due = undefined;
        send();
      }, wait);
      // A process on its way out does not wait for it: watchers also poll.
      due.unref();
      return;
    }
    sending = true;
    lastSent = now();
    void db
      .query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, payload], { prepare: true })
      .catch(() => undefined)
      .finally(() => {
        sending = false;
        if (again) {
          again = false;
          send();
        }
      });
  };
  return send;
}
