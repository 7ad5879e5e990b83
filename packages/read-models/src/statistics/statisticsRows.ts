import type { SqlQueryable } from '@relocation/event-store-postgres';
import type { StatisticsFacts } from './statisticsFacts.ts';

/** The statistics facts of one case, or undefined when the case has none (not started, or projected before them). */
export async function loadStatisticsFacts(
  db: SqlQueryable,
  s: string,
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
  s: string,
  relocationId: string,
  facts: StatisticsFacts,
): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.statistics_cases (relocation_id, facts) VALUES ($1, $2::jsonb)
     ON CONFLICT (relocation_id) DO UPDATE SET facts = EXCLUDED.facts`,
    [relocationId, JSON.stringify(facts)],
  );
}

/** Every case's facts with its id, for the queries that aggregate them (the id never leaves the read models). */
export async function allStatisticsFacts(
  db: SqlQueryable,
  s: string,
): Promise<{ readonly relocationId: string; readonly facts: StatisticsFacts }[]> {
  const rows = await db.query<{ relocation_id: string; facts: StatisticsFacts }>(
    `SELECT relocation_id::text AS relocation_id, facts FROM ${s}.statistics_cases ORDER BY relocation_id`,
  );
  return rows.map((row) => ({ relocationId: row.relocation_id, facts: row.facts }));
}
