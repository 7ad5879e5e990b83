import {
  coordinatorOrganisationId,
  findMunicipality,
  isTerminal,
  statuses,
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
  /**
   * Stage durations cover stays that ended at or after this instant: twelve months before `now`, or before the
   * moment they were computed when the dashboard reuses a computation (at most a minute old).
   */
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
  readonly cases: number;
}

interface MunicipalityRow {
  readonly responsible_municipality: string;
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

/** The SQL test that the coordinator sees a case (a column of `relocations`, qualified or not). */
const visible = `visible_to @> ARRAY['${coordinatorOrganisationId}']::text[]`;

/** The stage durations of the twelve months before `computedAt`. */
export interface StageDurations {
  readonly computedAt: Date;
  readonly since: Date;
  readonly durations: readonly StageDuration[];
}

/**
 * The median and 90th percentile of the time spent in each state, over the stays that ended in the twelve months
 * before `now`, leaving out the cases the coordinator does not see. At national size this sorts the year's stays
 * (75,000 for 100,000 cases, 110-170 ms on PostgreSQL), so the overview reuses it for a while
 * (`stageDurationsReuse`).
 */
export async function stageDurations(db: SqlQueryable, s: QuotedSchema, now: Date): Promise<StageDurations> {
  const since = twelveMonthsBefore(now);
  // Grouped under the C collation: sorting the stays by a state's name under the database's locale cost more
  // than the percentiles.
  const rows = await db.query<DurationRow>(
    `SELECT i.status COLLATE "C" AS status, count(*)::int AS completed,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.left_at - i.entered_at)))::float8
         AS median_seconds,
       (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM i.left_at - i.entered_at)))::float8
         AS p90_seconds
     FROM ${s}.stage_intervals i
     WHERE i.left_at >= $1::timestamptz AND i.left_at <= $2::timestamptz
       AND NOT EXISTS (SELECT 1 FROM ${s}.relocations r WHERE r.relocation_id = i.relocation_id AND NOT r.${visible})
     GROUP BY 1 ORDER BY 1`,
    [since.toISOString(), now.toISOString()],
  );
  return {
    computedAt: now,
    since,
    durations: rows.map((row) => ({
      state: row.status,
      completed: row.completed,
      medianSeconds: Number(row.median_seconds),
      p90Seconds: Number(row.p90_seconds),
    })),
  };
}

/**
 * `stageDurations`, computed again only when the last computation is more than `maxAgeMs` older than the `now`
 * asked for (or later than it): a twelve-month median does not move within a minute, and a dashboard refreshed by
 * several coordinators would otherwise sort the year's stays at every refresh. Callers that ask at once share one
 * computation.
 */
export function stageDurationsReuse(
  compute: (now: Date) => Promise<StageDurations>,
  maxAgeMs = 60_000,
): (now: Date) => Promise<StageDurations> {
  let last: Promise<StageDurations> | undefined;
  let lastAt = Number.NaN;
  return (now) => {
    const age = now.getTime() - lastAt;
    if (last === undefined || !(age >= 0 && age < maxAgeMs)) {
      lastAt = now.getTime();
      const computing = compute(now);
      last = computing;
      computing.catch(() => {
        if (last === computing) last = undefined;
      });
    }
    return last;
  };
}

/**
 * The coordinator's overview over the cases it may see: counts per state and urgency (with how many are stalled),
 * the median and 90th percentile of the time spent in each state over the last twelve months (from
 * `stage_intervals`, through `durationsAt`: by default computed for this `now`), and open cases per county.
 */
export async function overview(
  db: SqlQueryable,
  s: QuotedSchema,
  now: Date,
  durationsAt: (now: Date) => Promise<StageDurations> = (at) => stageDurations(db, s, at),
): Promise<Overview> {
  // The counts the database keeps on every write of the cases (case_counts, see migrations.ts): a few hundred
  // rows at national scale, whatever the number of cases.
  const groups = await db.query<GroupRow>(
    `SELECT status, nullif(urgency, '') AS urgency, sum(cases)::int AS cases
     FROM ${s}.case_counts WHERE coordinator_sees
     GROUP BY status, urgency HAVING sum(cases) > 0 ORDER BY status, urgency = '', urgency`,
  );
  const openByMunicipality = await db.query<MunicipalityRow>(
    `SELECT responsible_municipality, sum(cases)::int AS cases
     FROM ${s}.case_counts WHERE coordinator_sees AND responsible_municipality <> '' AND status <> ALL($1::text[])
     GROUP BY responsible_municipality HAVING sum(cases) > 0`,
    [statuses.filter(isTerminal)],
  );
  // Stalled depends on now: the few cases with an open deadline past due, found by relocations_stalled_since.
  const stalled = await db.query<StalledRow>(
    `SELECT status, urgency, count(*)::int AS stalled FROM ${s}.relocations
     WHERE stalled_since < $1::timestamptz AND ${visible} GROUP BY status, urgency`,
    [now.toISOString()],
  );
  const durations = await durationsAt(now);
  const key = (row: { status: Status; urgency: Urgency | null }): string => `${row.status} ${row.urgency}`;
  const stalledBy = new Map(stalled.map((row) => [key(row), row.stalled]));
  const byState: StateCount[] = groups.map((row) => ({
    state: row.status,
    urgency: row.urgency,
    cases: row.cases,
    stalled: stalledBy.get(key(row)) ?? 0,
  }));
  const byCounty = new Map<string, number>();
  for (const row of openByMunicipality) {
    const county = findMunicipality(row.responsible_municipality)?.countyCode;
    if (county === undefined) continue;
    byCounty.set(county, (byCounty.get(county) ?? 0) + row.cases);
  }
  return {
    now: now.toISOString(),
    since: durations.since.toISOString(),
    byState,
    stageDurations: [...durations.durations],
    openByCounty: [...byCounty]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([countyCode, openCases]) => ({ countyCode, openCases })),
  };
}
