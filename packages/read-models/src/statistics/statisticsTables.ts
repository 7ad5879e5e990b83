import {
  counties,
  declineReasonCategories,
  findMunicipality,
  housingTypes,
  policeRegionOfMunicipality,
  policeRegions,
  relocationOutcomes,
  threatLevels,
  urgencies,
  type Status,
} from '@relocation/domain';
import { householdPseudonym } from './householdPseudonym.ts';
import type { StatisticsFacts } from './statisticsFacts.ts';
import { transferOutcomes } from './statisticsFacts.ts';
import type { CrossTable } from './suppression.ts';

/**
 * The published tables: households per year of initiation (rows) and one dimension (columns). Every dimension
 * is a partition: each household-year falls in exactly one category (`unknown`, `none` or `notAssessed` where a
 * fact is missing), so every table has the same year totals and grand total, which the suppression relies on.
 */
export const statisticsDimensions = {
  county: [...counties.map((c) => c.code), 'unknown'],
  policeRegion: [...policeRegions, 'unknown'],
  urgency: [...urgencies, 'unknown'],
  threatLevel: [...threatLevels, 'notAssessed'],
  adults: ['1', '2', '3+'],
  children: ['0', '1', '2', '3+'],
  youngestChild: ['none', '0-5', '6-12', '13-17'],
  route: ['handover', 'directPlacement', 'transferAgreed', 'ivo', 'notPlaced'],
  housing: [...housingTypes, 'none'],
  declineReason: ['none', ...declineReasonCategories, 'several'],
  transfer: ['none', ...transferOutcomes],
  ending: ['open', 'settled', 'movedOn', 'returned', 'other', 'relocatedAgain', 'aborted', 'withdrawn'],
  // Where the person was 6 and 12 months after arrival (issue 15): the recorded outcome; `notArrived` for a case
  // that never reached arrival; `notRecorded` for one that did but has no outcome for the month (not yet due, or
  // missing: the stalled dashboard shows the overdue ones).
  outcome6: ['notArrived', ...relocationOutcomes, 'notRecorded'],
  outcome12: ['notArrived', ...relocationOutcomes, 'notRecorded'],
  // Repeat relocations (docs/design.md §3.4): which relocation of the household this is, counting every case of
  // the household (linked by its household id) initiated up to it: a first move, a second, a third or later.
  relocation: ['1', '2', '3+'],
} as const satisfies Record<string, readonly string[]>;

export type StatisticsDimension = keyof typeof statisticsDimensions;
export const statisticsDimensionNames = Object.keys(statisticsDimensions) as StatisticsDimension[];

/** The stages whose time is measured (time per stage, by year of initiation). */
export const measuredStages = [
  'draft',
  'threatAssessment',
  'matching',
  'awaitingReceiverDecision',
  'destinationClearance',
  'awaitingArrival',
  'followUp',
  'suspended',
] as const satisfies readonly Status[];
export type MeasuredStage = (typeof measuredStages)[number];

const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));

function youngestBand(ages: readonly number[]): string {
  if (ages.length === 0) return 'none';
  const youngest = Math.min(...ages);
  return youngest <= 5 ? '0-5' : youngest <= 12 ? '6-12' : '13-17';
}

/**
 * The category of one case in each dimension; `relocationNumber` is the case's place among its household's cases
 * (1 for the first).
 */
export function categoriesOf(
  facts: StatisticsFacts,
  relocationNumber = 1,
): Record<StatisticsDimension, string> {
  const county =
    facts.sendingMunicipality === null ? undefined : findMunicipality(facts.sendingMunicipality)?.countyCode;
  const region =
    facts.sendingMunicipality === null ? undefined : policeRegionOfMunicipality(facts.sendingMunicipality);
  const route =
    facts.transfer === 'ivoFinal'
      ? 'ivo'
      : facts.transfer === 'agreed'
        ? 'transferAgreed'
        : facts.directPlacement
          ? 'directPlacement'
          : facts.handoverAccepted
            ? 'handover'
            : 'notPlaced';
  const distinctDeclines = new Set(facts.declines);
  const status = facts.current?.status;
  const ending =
    status === 'closed'
      ? (facts.outcome ?? 'other')
      : status === 'aborted' || status === 'withdrawn'
        ? status
        : 'open';
  // Only an arrived case reaches follow-up (and closing only from there): its stays say whether it arrived.
  const arrived =
    status === 'followUp' || status === 'closed' || facts.stages.some((stay) => stay.status === 'followUp');
  const outcomeAt = (month: '6' | '12') =>
    arrived ? (facts.outcomes?.[month] ?? 'notRecorded') : 'notArrived';
  return {
    county: county ?? 'unknown',
    policeRegion: region ?? 'unknown',
    urgency: facts.urgency ?? 'unknown',
    threatLevel: facts.threatLevel ?? 'notAssessed',
    adults: bucket(facts.adults ?? 1, 3),
    children: bucket(facts.childrenAges.length, 3),
    youngestChild: youngestBand(facts.childrenAges),
    route,
    housing: facts.housingType ?? 'none',
    declineReason:
      distinctDeclines.size === 0
        ? 'none'
        : distinctDeclines.size === 1
          ? [...distinctDeclines][0]!
          : 'several',
    transfer: facts.transfer ?? 'none',
    ending,
    outcome6: outcomeAt('6'),
    outcome12: outcomeAt('12'),
    relocation: bucket(relocationNumber, 3),
  };
}

export interface StageStays {
  readonly year: string;
  readonly stage: MeasuredStage;
  /** Households with at least one completed stay in the stage. */
  readonly households: number;
  readonly medianSeconds: number;
  readonly p90Seconds: number;
}

export interface StatisticsTables {
  readonly years: readonly string[];
  readonly tables: readonly CrossTable[];
  readonly stages: readonly StageStays[];
}

/** Linear interpolation between the closest ranks, as PostgreSQL's `percentile_cont`. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? 0;
  const b = sorted[upper] ?? 0;
  return a + (b - a) * (position - lower);
}

/**
 * Counts households per year and category. The unit is the household-year: a household (its pseudonym) with
 * several cases initiated in one year is counted once, with the latest of those cases.
 */
export function statisticsTables(
  cases: readonly { readonly relocationId: string; readonly facts: StatisticsFacts }[],
  pseudonymKey: Uint8Array,
): StatisticsTables {
  const latest = new Map<
    string,
    { year: string; initiatedAt: string; household: string; facts: StatisticsFacts }
  >();
  const stays = new Map<string, Map<string, number[]>>();
  // When each household's cases were initiated, to number its relocations.
  const initiations = new Map<string, string[]>();
  for (const { relocationId, facts } of cases) {
    if (facts.initiatedAt === null) continue;
    const year = facts.initiatedAt.slice(0, 4);
    // Linked cases (a renewed relocation after a compromised location) share the household id, so the household
    // keeps one pseudonym; facts folded before the id existed fall back to the case's own id (docs/design.md §3.4).
    const household = householdPseudonym(pseudonymKey, facts.householdId ?? relocationId);
    const key = `${household}/${year}`;
    initiations.set(household, [...(initiations.get(household) ?? []), facts.initiatedAt]);
    const seen = latest.get(key);
    if (seen === undefined || seen.initiatedAt < facts.initiatedAt)
      latest.set(key, { year, initiatedAt: facts.initiatedAt, household, facts });
    for (const stay of facts.stages) {
      if (!(measuredStages as readonly string[]).includes(stay.status)) continue;
      const stageKey = `${year}/${stay.status}`;
      const byHousehold = stays.get(stageKey) ?? new Map<string, number[]>();
      byHousehold.set(household, [...(byHousehold.get(household) ?? []), stay.seconds]);
      stays.set(stageKey, byHousehold);
    }
  }
  const years = [...new Set([...latest.values()].map((entry) => entry.year))].sort();
  const tables = statisticsDimensionNames.map((dimension): CrossTable => {
    const columns: readonly string[] = statisticsDimensions[dimension];
    const cells = years.map(() => columns.map(() => 0));
    for (const entry of latest.values()) {
      const row = cells[years.indexOf(entry.year)];
      const number = (initiations.get(entry.household) ?? []).filter((at) => at <= entry.initiatedAt).length;
      const column = columns.indexOf(categoriesOf(entry.facts, number)[dimension]);
      if (row === undefined || column < 0) throw new Error(`${dimension}: no category for a case`);
      row[column] = (row[column] ?? 0) + 1;
    }
    return { name: dimension, rows: years, columns, cells };
  });
  const stages = years.flatMap((year) =>
    measuredStages.flatMap((stage): StageStays[] => {
      const byHousehold = stays.get(`${year}/${stage}`);
      if (byHousehold === undefined) return [];
      const seconds = [...byHousehold.values()].flat().sort((a, b) => a - b);
      return [
        {
          year,
          stage,
          households: byHousehold.size,
          medianSeconds: percentile(seconds, 0.5),
          p90Seconds: percentile(seconds, 0.9),
        },
      ];
    }),
  );
  return { years, tables, stages };
}
