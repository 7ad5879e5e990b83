import { quoteSchema, type SqlQueryable } from '@relocation/postgres';
import {
  DEFAULT_MINIMUM_HOUSEHOLDS,
  publishStatistics,
  type PublishedStatistics,
} from './publishedStatistics.ts';
import { allStatisticsFacts } from './statisticsRows.ts';
import { statisticsTables } from './statisticsTables.ts';

export interface StatisticsQueries {
  /**
   * Every table and stage time over all years, suppressed together: a caller that wants one table or some years
   * picks them out of this, so two requests never suppress differently (which would let their difference reveal
   * a withheld count).
   */
  published(): Promise<PublishedStatistics>;
}

export interface StatisticsQueryOptions {
  readonly db: SqlQueryable;
  readonly schema?: string;
  /** The secret the household pseudonyms are keyed with (at least 32 bytes); kept outside the database. */
  readonly pseudonymKey: Uint8Array;
  /** k: the smallest number of households a published count may hold (default 5). */
  readonly minimumHouseholds?: number;
}

export function createStatisticsQueries(options: StatisticsQueryOptions): StatisticsQueries {
  const s = quoteSchema(options.schema ?? 'read_models');
  const k = options.minimumHouseholds ?? DEFAULT_MINIMUM_HOUSEHOLDS;
  if (options.pseudonymKey.length < 32) throw new RangeError('the pseudonym key holds at least 32 bytes');
  return {
    async published() {
      const cases = await allStatisticsFacts(options.db, s);
      return publishStatistics(statisticsTables(cases, options.pseudonymKey), k);
    },
  };
}
