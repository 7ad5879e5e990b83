declare const quotedSchema: unique symbol;

/**
 * A schema name that `quoteSchema` checked and double-quoted, ready to splice into SQL text (`${s}.events`). Functions
 * that build SQL take this instead of a `string`, so a raw, unchecked name cannot reach the SQL by accident: the only
 * way to get one is through `quoteSchema`.
 */
export type QuotedSchema = string & { readonly [quotedSchema]: true };

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks that `schema` is a plain lower-case identifier (so it is safe to splice into SQL) and double-quotes it. */
export function quoteSchema(schema: string): QuotedSchema {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`Schema name must match ${IDENTIFIER.source}: ${JSON.stringify(schema)}`);
  }
  return `"${schema}"` as QuotedSchema;
}
