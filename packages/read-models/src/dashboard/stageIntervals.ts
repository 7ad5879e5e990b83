import type { Status } from '@relocation/domain';
import { copyTextRow, type QuotedSchema, type SqlQueryable } from '@relocation/postgres';
import type { BulkWriteOptions } from '../projector/writePending.ts';

/**
 * Keeps `stage_intervals`: one row per stay of a case in a state, from the event that entered it to the one that
 * left it, for the overview's time-per-stage figures. Called by the projector for each event that changes the
 * state, inside the batch's transaction; a redelivered event never gets here (the projector skips it), and the
 * insert is keyed by the entering revision, so a replay adds nothing twice.
 */
export async function recordStageChange(
  db: SqlQueryable,
  s: QuotedSchema,
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

export interface StageChange {
  readonly relocationId: string;
  readonly from: Status;
  readonly to: Status;
  readonly revision: number;
  readonly occurredAt: string;
}

/**
 * `recordStageChange` for a whole projector batch, in two statements: the intervals already stored that the
 * batch's first change of a case closes, then every interval the batch opens (those it also closes again carry
 * their `left_at`). Same rows as calling `recordStageChange` for each change in order. Into a fresh schema
 * (`options.fresh`) the opened intervals are loaded by COPY where the connection can.
 */
export async function recordStageChanges(
  db: SqlQueryable,
  s: QuotedSchema,
  changes: readonly StageChange[],
  options: BulkWriteOptions = {},
): Promise<void> {
  const opened: {
    relocationId: string;
    revision: number;
    status: Status;
    enteredAt: string;
    leftAt: string | null;
  }[] = [];
  const openInBatch = new Map<string, (typeof opened)[number]>();
  const closeStored = new Map<string, string>();
  for (const change of changes) {
    if (change.from === change.to) continue;
    if (change.from !== 'notInitiated') {
      const open = openInBatch.get(change.relocationId);
      if (open !== undefined) open.leftAt = change.occurredAt;
      else if (!closeStored.has(change.relocationId)) closeStored.set(change.relocationId, change.occurredAt);
    }
    const row = {
      relocationId: change.relocationId,
      revision: change.revision,
      status: change.to,
      enteredAt: change.occurredAt,
      leftAt: null,
    };
    opened.push(row);
    openInBatch.set(change.relocationId, row);
  }
  if (closeStored.size > 0)
    await db.query(
      `UPDATE ${s}.stage_intervals AS i SET left_at = v.left_at
       FROM unnest($1::uuid[], $2::timestamptz[]) AS v (relocation_id, left_at)
       WHERE i.relocation_id = v.relocation_id AND i.left_at IS NULL`,
      [[...closeStored.keys()], [...closeStored.values()]],
      { prepare: true },
    );
  if (options.fresh === true && db.copyFrom !== undefined) {
    if (opened.length > 0)
      await db.copyFrom(
        `${s}.stage_intervals (relocation_id, entered_revision, status, entered_at, left_at)`,
        opened
          .map((row) => copyTextRow([row.relocationId, row.revision, row.status, row.enteredAt, row.leftAt]))
          .join(''),
      );
    return;
  }
  if (opened.length === 0) return;
  await db.query(
    `INSERT INTO ${s}.stage_intervals (relocation_id, entered_revision, status, entered_at, left_at)
     SELECT * FROM unnest($1::uuid[], $2::integer[], $3::text[], $4::timestamptz[], $5::timestamptz[])
     ON CONFLICT (relocation_id, entered_revision) DO NOTHING`,
    [
      opened.map((row) => row.relocationId),
      opened.map((row) => row.revision),
      opened.map((row) => row.status),
      opened.map((row) => row.enteredAt),
      opened.map((row) => row.leftAt),
    ],
    { prepare: true },
  );
}
