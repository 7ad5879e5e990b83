import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import type { CaseRecord } from '../projector/caseRecord.ts';
import { loadCase } from '../projector/caseRows.ts';
import {
  HISTORY_COLUMNS,
  toHistoryEntry,
  type HistoryEntry,
  type HistoryRow,
} from '../projector/historyEntry.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One case, or undefined when there is none (an id that is not a UUID included). */
export async function getCase(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
): Promise<CaseRecord | undefined> {
  if (!UUID.test(relocationId)) return undefined;
  return loadCase(db, s, relocationId.toLowerCase());
}

/** A case's timeline in revision order. */
export async function getHistory(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
): Promise<HistoryEntry[]> {
  if (!UUID.test(relocationId)) return [];
  const rows = await db.query<HistoryRow>(
    `SELECT ${HISTORY_COLUMNS} FROM ${s}.relocation_history WHERE relocation_id = $1 ORDER BY revision`,
    [relocationId.toLowerCase()],
    { prepare: true },
  );
  return rows.map(toHistoryEntry);
}
