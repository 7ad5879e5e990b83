import {
  coordinatorOrganisationId,
  findMunicipality,
  isTerminal,
  type Status,
  type Urgency,
} from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

export interface StateCount {
  readonly state: Status;
  readonly urgency: Urgency | null;
  readonly cases: number;
  /** Of those, how many have an open deadline past due at `now`. */
  readonly stalled: number;
}

export interface StageDuration {
  readonly state: Status;
  /** Stays in this state that ended within the window. */
  readonly completed: number;
  readonly medianSeconds: number;
  readonly p90Seconds: number;
}

export interface CountyCount {
  readonly countyCode: string;
  readonly openCases: number;
}

export interface Overview {
  readonly now: string;
  /** Stage durations cover stays that ended at or after this instant (twelve months before `now`). */
  readonly since: string;
  readonly byState: readonly StateCount[];
  readonly stageDurations: readonly StageDuration[];
  /** Open (not closed, aborted or withdrawn) cases per county of the responsible municipality. */
  readonly openByCounty: readonly CountyCount[];
}

/** Twelve calendar months before `now` (UTC). */
export function twelveMonthsBefore(now: Date): Date {
  const since = new Date(now.getTime());
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return since;
}

interface GroupRow {
  readonly status: Status;
  readonly urgency: Urgency | null;
  readonly responsible_municipality: string | null;
  readonly cases: number;
}

interface StalledRow {
  readonly status: Status;
  readonly urgency: Urgency | null;
  readonly stalled: number;
}

interface DurationRow {
  readonly status: Status;
  readonly completed: number;
  readonly median_seconds: number;
  readonly p90_seconds: number;
}

/**
 * The coordinator's overview over the cases it may see: counts per state and urgency (with how many are stalled),
 * the median and 90th percentile of the time spent in each state over the last twelve months (from
 * `stage_intervals`), and open cases per county.
 */
export async function overview(db: SqlQueryable, s: QuotedSchema, now: Date): Promise<Overview> {
  const since = twelveMonthsBefore(now);
  const visible = `visible_to @> ARRAY['${coordinatorOrganisationId}']::text[]`;
  // The counts the database keeps on every write of the cases (case_counts, see migrations.ts): a few hundred
  // rows at national scale, whatever the number of cases.
  const groups = await db.query<GroupRow>(
    `SELECT status, nullif(urgency, '') AS urgency, nullif(responsible_municipality, '') AS responsible_municipality,
       cases
     FROM ${s}.case_counts WHERE coordinator_sees AND cases > 0
     ORDER BY status, urgency = '', urgency`,
  );
  // Stalled depends on now: the few cases with an open deadline past due, found by relocations_stalled_since.
  const stalled = await db.query<StalledRow>(
    `SELECT status, urgency, count(*)::int AS stalled FROM ${s}.relocations
     WHERE stalled_since < $1::timestamptz AND ${visible} GROUP BY status, urgency`,
    [now.toISOString()],
  );
  const durations = await db.query<DurationRow>(
    `SELECT i.status, count(*)::int AS completed,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.left_at - i.entered_at)))::float8
         AS median_seconds,
       (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM i.left_at - i.entered_at)))::float8
         AS p90_seconds
     FROM ${s}.stage_intervals i
     WHERE i.left_at >= $1::timestamptz AND i.left_at <= $2::timestamptz
       AND NOT EXISTS (SELECT 1 FROM ${s}.relocations r WHERE r.relocation_id = i.relocation_id AND NOT r.${visible})
     GROUP BY i.status ORDER BY i.status`,
    [since.toISOString(), now.toISOString()],
  );
  const key = (row: { status: Status; urgency: Urgency | null }): string => `${row.status} ${row.urgency}`;
  const stalledBy = new Map(stalled.map((row) => [key(row), row.stalled]));
  const byState = new Map<string, StateCount>();
  for (const row of groups) {
    const counted = byState.get(key(row));
    byState.set(key(row), {
      state: row.status,
      urgency: row.urgency,
      cases: (counted?.cases ?? 0) + row.cases,
      stalled: stalledBy.get(key(row)) ?? 0,
    });
  }
  const byCounty = new Map<string, number>();
  for (const row of groups) {
    if (isTerminal(row.status) || row.responsible_municipality === null) continue;
    const county = findMunicipality(row.responsible_municipality)?.countyCode;
    if (county === undefined) continue;
    byCounty.set(county, (byCounty.get(county) ?? 0) + row.cases);
  }
  return {
    now: now.toISOString(),
    since: since.toISOString(),
    byState: [...byState.values()],
    stageDurations: durations.map((row) => ({
      state: row.status,
      completed: row.completed,
      medianSeconds: Number(row.median_seconds),
      p90Seconds: Number(row.p90_seconds),
    })),
    openByCounty: [...byCounty]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([countyCode, openCases]) => ({ countyCode, openCases })),
  };
}
