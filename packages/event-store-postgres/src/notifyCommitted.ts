import type { SqlQueryable } from '@relocation/postgres';
import { APPENDED_CHANNEL } from './appendSignal.ts';

/**
 * Tells other processes' watchers that appends committed (`NOTIFY event_store_appended`, payload: the schema),
 * without waiting and without piling up: while one notification is on its way, further commits only ask for one
 * more, sent as soon as it is back. A watcher woken by a notification reads everything committed up to then, so
 * nothing is late by more than one notification's round trip, and a busy store sends far fewer than one per commit.
 */
export function notifyCommitted(db: SqlQueryable, schema: string, isClosed: () => boolean): () => void {
  let sending = false;
  let again = false;
  const send = (): void => {
    if (isClosed()) return;
    if (sending) {
      again = true;
      return;
    }
    sending = true;
    void db
      .query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, schema])
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
