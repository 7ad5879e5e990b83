import type { SqlDriver } from './drivers/SqlDriver.ts';
import { quoteSchema, type QuotedSchema } from './quoteSchema.ts';

/**
 * What the runtime role may do in one package's schema, as GRANT statements; `s` is the quoted schema, `role` the
 * quoted role. Each package lists exactly what its runtime code needs, beside its migrations.
 */
export type RuntimeGrants = (s: QuotedSchema, role: string) => readonly string[];

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
