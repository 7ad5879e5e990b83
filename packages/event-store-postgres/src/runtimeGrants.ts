import type { RuntimeGrants } from '@relocation/postgres';

/**
 * The event store's runtime rights: append and read. No UPDATE or DELETE on events, no TRUNCATE or ALTER on
 * anything, no ownership. The streams table (each stream's head, locked and moved by every append) needs UPDATE:
 * whoever holds the runtime role can move a head, which verify reports as a head that does not match its chain,
 * and cannot change what a signed checkpoint pinned. Idempotency keys and subscription checkpoints are the
 * runtime's bookkeeping.
 */
export const eventStoreRuntimeGrants: RuntimeGrants = (s, role) => [
  `GRANT USAGE ON SCHEMA ${s} TO ${role}`,
  `GRANT SELECT ON ${s}.schema_migrations TO ${role}`,
  `GRANT SELECT, INSERT ON ${s}.events TO ${role}`,
  `GRANT SELECT, INSERT, UPDATE ON ${s}.streams TO ${role}`,
  `GRANT SELECT, INSERT ON ${s}.idempotency TO ${role}`,
  `GRANT SELECT, INSERT, UPDATE ON ${s}.subscriptions TO ${role}`,
  `GRANT EXECUTE ON FUNCTION ${s}.append_batch(text[], integer[], text[], text[], integer[], uuid[], text[], text[],
    text[], text[], text[]) TO ${role}`,
  `GRANT EXECUTE ON FUNCTION ${s}.append_each(text[], integer[], text[], text[], integer[], uuid[], text[], text[],
    text[], text[], text[]) TO ${role}`,
];
