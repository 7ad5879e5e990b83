import { quoteSchema, type SqlQueryable } from '@relocation/postgres';

/**
 * Cases whose last entry (the newest event, `updated_at`) is older than `cutoff` and that are not erased yet,
 * oldest first: what the retention job erases.
 */
export async function retentionCandidates(
  db: SqlQueryable,
  schema: string,
  cutoff: Date,
  limit: number,
): Promise<string[]> {
  const rows = await db.query<{ relocation_id: string }>(
    `SELECT relocation_id::text AS relocation_id FROM ${quoteSchema(schema)}.relocations
     WHERE updated_at < $1 AND coalesce((state->>'erased')::boolean, false) = false
     ORDER BY updated_at LIMIT $2`,
    [cutoff.toISOString(), limit],
  );
  return rows.map((row) => row.relocation_id);
}
