import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/** The projector's row in `projector_checkpoint`: where in the global feed the read models stand. */
export interface CheckpointRow {
  readonly checkpoint: string | undefined;
  readonly maxPosition: bigint | undefined;
}

export const PROJECTOR_NAME = 'relocations';

export async function loadCheckpoint(
  db: SqlQueryable,
  s: QuotedSchema,
  lock = false,
): Promise<CheckpointRow> {
  const [row] = await db.query<{ checkpoint: string | null; max_position: string | null }>(
    `SELECT checkpoint, max_position::text AS max_position FROM ${s}.projector_checkpoint WHERE name = $1
     ${lock ? 'FOR UPDATE' : ''}`,
    [PROJECTOR_NAME],
    { prepare: true },
  );
  return {
    checkpoint: row?.checkpoint ?? undefined,
    maxPosition: row?.max_position == null ? undefined : BigInt(row.max_position),
  };
}

export async function saveCheckpoint(
  db: SqlQueryable,
  s: QuotedSchema,
  checkpoint: string | undefined,
  maxPosition: bigint | undefined,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.projector_checkpoint (name, checkpoint, max_position, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (name) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, max_position = EXCLUDED.max_position,
       updated_at = EXCLUDED.updated_at`,
    [PROJECTOR_NAME, checkpoint ?? null, maxPosition?.toString() ?? null, now.toISOString()],
  );
}
