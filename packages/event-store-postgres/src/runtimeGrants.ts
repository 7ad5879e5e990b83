import type { SqlDriver } from './drivers/SqlDriver.ts';
import { quoteSchema } from './schemaName.ts';

/**
 * What the runtime role may do in one package's schema, as GRANT statements; `s` is the quoted schema, `role` the
 * quoted role. Each package lists exactly what its runtime code needs, beside its migrations.
 */
export type RuntimeGrants = (s: string, role: string) => readonly string[];

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/** A role name as a quoted identifier; plain lower-case names only, so it is safe to splice into SQL. */
export function quoteRole(role: string): string {
  if (!ROLE.test(role)) throw new Error(`Role name must match ${ROLE.source}: ${JSON.stringify(role)}`);
  return `"${role}"`;
}

/** Runs the grants as the schema's owner (the migration role), in one transaction. Safe to run again. */
export async function grantRuntime(
  driver: SqlDriver,
  schema: string,
  role: string,
  grants: RuntimeGrants,
): Promise<void> {
  const statements = grants(quoteSchema(schema), quoteRole(role));
  await driver.transaction(async (tx) => {
    for (const statement of statements) await tx.query(statement);
  });
}

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
];
