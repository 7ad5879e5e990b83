/**
 * One multi-row VALUES list for an INSERT: `rows` of equal length become `($1, $2::jsonb, ...), (...)` with the
 * casts given per column, and the flat parameter list. The projector writes a whole batch of rows in one statement
 * this way (PostgreSQL allows 65,535 parameters a statement: `chunked` keeps each statement under it).
 */
export function valuesList(
  rows: readonly (readonly unknown[])[],
  casts: readonly string[],
): { readonly sql: string; readonly params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const cells = row.map((value, column) => {
      params.push(value);
      return `$${params.length}${casts[column] ?? ''}`;
    });
    return `(${cells.join(', ')})`;
  });
  return { sql: tuples.join(', '), params };
}

/** Splits `items` so that each part times `columns` stays under PostgreSQL's parameter limit. */
export function chunked<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(60_000 / columns));
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
