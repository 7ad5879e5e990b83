import { quoteSchema, type SqlQueryable } from '@relocation/postgres';
import { findDueSteps, type DueStep } from './dueSteps.ts';
import { forecastOverdue, type ForecastItem } from './forecast.ts';

/** What the deadline monitor and the forecast command read from the read models. */
export interface DeadlineQueries {
  /** The ladder steps due at `now` (see findDueSteps). */
  dueSteps(now: Date, limit?: number): Promise<DueStep[]>;
  /** Open deadlines that will be overdue at `asOf` (read-only). */
  forecast(asOf: Date): Promise<ForecastItem[]>;
}

/** Deadline queries over the read models in `schema` (default `read_models`) on `db`. */
export function createDeadlineQueries(db: SqlQueryable, schema = 'read_models'): DeadlineQueries {
  const s = quoteSchema(schema);
  return {
    dueSteps: (now, limit) => findDueSteps(db, s, now, limit),
    forecast: (asOf) => forecastOverdue(db, s, asOf),
  };
}
