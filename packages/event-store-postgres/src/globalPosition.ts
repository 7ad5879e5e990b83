/**
 * Global positions follow the feed's order by construction: an event's position is its transaction id times
 * 2^20 plus its index in the append (each append is one transaction). A sequence would not do: two transactions can
 * draw sequence values in the opposite order of their transaction ids, and the feed, ordered by transaction id,
 * would then deliver a lower position after a higher one, breaking "wait until the read model reached position P".
 */
export const EVENTS_PER_TRANSACTION = 2 ** 20;

/** SQL for the position of the event at 0-based `index` of the current transaction's append. */
export function positionSql(index: string): string {
  return `(pg_current_xact_id()::text::bigint * ${EVENTS_PER_TRANSACTION} + ${index})`;
}
