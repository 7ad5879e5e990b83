import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import type { StatisticsFacts } from './statisticsFacts.ts';

/** The statistics facts of one case, or undefined when the case has none (not started, or projected before them). */
export async function loadStatisticsFacts(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
): Promise<StatisticsFacts | undefined> {
  const [row] = await db.query<{ facts: StatisticsFacts }>(
    `SELECT facts FROM ${s}.statistics_cases WHERE relocation_id = $1`,
    [relocationId],
  );
  return row?.facts;
}

export async function saveStatisticsFacts(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
  facts: StatisticsFacts,
): Promise<void> {
  await saveStatisticsFactsOf(db, s, [{ relocationId, facts }]);
}

/** Writes the facts of several cases in one statement, the same text whatever their number (kept prepared). */
export async function saveStatisticsFactsOf(
  db: SqlQueryable,
  s: QuotedSchema,
  entries: readonly { readonly relocationId: string; readonly facts: StatisticsFacts }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO ${s}.statistics_cases (relocation_id, facts)
     SELECT relocation_id, facts::jsonb FROM unnest($1::uuid[], $2::text[]) AS f (relocation_id, facts)
     ON CONFLICT (relocation_id) DO UPDATE SET facts = EXCLUDED.facts`,
    [entries.map((entry) => entry.relocationId), entries.map((entry) => JSON.stringify(entry.facts))],
    { prepare: true },
  );
}

/** Every case's facts with its id, for the queries that aggregate them (the id never leaves the read models). */
export async function allStatisticsFacts(
  db: SqlQueryable,
  s: QuotedSchema,
): Promise<{ readonly relocationId: string; readonly facts: StatisticsFacts }[]> {
  const rows = await db.query<{ relocation_id: string; facts: StatisticsFacts }>(
    `SELECT relocation_id::text AS relocation_id, facts FROM ${s}.statistics_cases ORDER BY relocation_id`,
  );
  return rows.map((row) => ({ relocationId: row.relocation_id, facts: row.facts }));
}
