import type { EventStore } from '@relocation/event-store';
import { quoteSchema, type SqlQueryable } from '@relocation/postgres';
import { casesByState, type CasesByState } from './caseGauges.ts';
import { overview, stageDurations, stageDurationsReuse, type Overview } from './overview.ts';
import { loadHalt, type ProjectionHalt } from '../projector/projectionHalt.ts';
import { projectorLag, type ProjectorLag } from './projectorLag.ts';
import { stalledCases, type StalledCase, type StalledCasesQuery } from './stalledCases.ts';
import { transferMatters, type TransferMatterEntry } from './transferMatters.ts';
import { householdRelocations, type HouseholdRelocations } from './householdRelocations.ts';

/** The national coordinator's dashboard and the operational figures behind /metrics. */
export interface DashboardQueries {
  stalledCases(query: StalledCasesQuery): Promise<StalledCase[]>;
  overview(now: Date): Promise<Overview>;
  /** Open transfers of cases and IVO matters, overdue first (docs/design.md §3.1). */
  transferMatters(now: Date, limit?: number): Promise<TransferMatterEntry[]>;
  casesByState(now: Date): Promise<CasesByState[]>;
  /** Relocations per household and per year, renewed relocations among them (docs/design.md §3.4). */
  householdRelocations(limit?: number): Promise<HouseholdRelocations>;
  projectorLag(now: Date): Promise<ProjectorLag>;
  /** The event the projector stopped at because it cannot project it, if it did. */
  projectionHalt(): Promise<ProjectionHalt | undefined>;
}

/** Dashboard queries over the read models in `schema` (default `read_models`); `store` is the feed for the lag. */
export function createDashboardQueries(options: {
  readonly db: SqlQueryable;
  readonly store: EventStore;
  readonly schema?: string;
}): DashboardQueries {
  const s = quoteSchema(options.schema ?? 'read_models');
  const { db, store } = options;
  const durationsAt = stageDurationsReuse((now) => stageDurations(db, s, now));
  return {
    stalledCases: (query) => stalledCases(db, s, query),
    overview: (now) => overview(db, s, now, durationsAt),
    transferMatters: (now, limit) => transferMatters(db, s, now, limit),
    casesByState: (now) => casesByState(db, s, now),
    householdRelocations: (limit) => householdRelocations(db, s, limit),
    projectorLag: (now) => projectorLag(db, s, store, now),
    projectionHalt: () => loadHalt(db, s),
  };
}
