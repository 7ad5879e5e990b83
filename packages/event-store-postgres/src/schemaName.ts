/** PostgreSQL schema the store's tables live in; a plain lower-case identifier, so it is safe to splice into SQL. */
export const DEFAULT_SCHEMA = 'event_store';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function quoteSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`Schema name must match ${IDENTIFIER.source}: ${JSON.stringify(schema)}`);
  }
  return `"${schema}"`;
}
