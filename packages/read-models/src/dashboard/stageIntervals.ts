import type { Status } from '@relocation/domain';
import type { SqlQueryable } from '@relocation/event-store-postgres';

/**
 * Keeps `stage_intervals`: one row per stay of a case in a state, from the event that entered it to the one that
 * left it, for the overview's time-per-stage figures. Called by the projector for each event that changes the
 * state, inside the batch's transaction; a redelivered event never gets here (the projector skips it), and the
 * insert is keyed by the entering revision, so a replay adds nothing twice.
 */
export async function recordStageChange(
  db: SqlQueryable,
  s: string,
  change: {
    readonly relocationId: string;
    readonly from: Status;
    readonly to: Status;
    readonly revision: number;
    readonly occurredAt: string;
  },
): Promise<void> {
  if (change.from === change.to) return;
  if (change.from !== 'notInitiated') {
    await db.query(
      `UPDATE ${s}.stage_intervals SET left_at = $2 WHERE relocation_id = $1 AND left_at IS NULL`,
      [change.relocationId, change.occurredAt],
    );
  }
  await db.query(
    `INSERT INTO ${s}.stage_intervals (relocation_id, entered_revision, status, entered_at)
     VALUES ($1, $2, $3, $4) ON CONFLICT (relocation_id, entered_revision) DO NOTHING`,
    [change.relocationId, change.revision, change.to, change.occurredAt],
  );
}
