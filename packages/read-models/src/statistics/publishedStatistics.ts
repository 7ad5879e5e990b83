import type { MeasuredStage, StatisticsDimension, StatisticsTables } from './statisticsTables.ts';
import { suppressTables, type PublishedCount, type SuppressedTable } from './suppression.ts';

export const DEFAULT_MINIMUM_HOUSEHOLDS = 5;

/** A stage's time, published only when at least k households completed a stay in it that year. */
export interface PublishedStage {
  readonly year: string;
  readonly stage: MeasuredStage;
  readonly households: PublishedCount;
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
}

export interface PublishedTable extends SuppressedTable {
  readonly name: StatisticsDimension;
}

/** What may leave the statistics model: suppressed counts and stage times, no case id, no pseudonym. */
export interface PublishedStatistics {
  /** The smallest number of households a published count may hold. */
  readonly minimumHouseholds: number;
  readonly years: readonly string[];
  readonly tables: readonly PublishedTable[];
  readonly stages: readonly PublishedStage[];
}

/**
 * Applies the publication rule to every table at once (they share the year totals; see suppression.ts) and to
 * the stage times: a stage's count, median and 90th percentile are withheld together when fewer than k
 * households stand behind them. The stage counts are not linked to the tables by any published equation (a
 * household passes several stages), so withholding them alone suffices.
 */
export function publishStatistics(tables: StatisticsTables, k: number): PublishedStatistics {
  const suppressed = suppressTables(tables.tables, k) as PublishedTable[];
  return {
    minimumHouseholds: k,
    years: tables.years,
    tables: suppressed,
    stages: tables.stages.map((stage) =>
      stage.households >= k
        ? stage
        : { year: stage.year, stage: stage.stage, households: null, medianSeconds: null, p90Seconds: null },
    ),
  };
}
