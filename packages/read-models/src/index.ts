// @relocation/read-models: case list and detail from the global feed, the history from each stream, per-party views.
export {
  createReadModels,
  DEFAULT_READ_MODEL_SCHEMA,
  givenYoungGeneration,
  REBUILD_NODE_FLAG,
  type ReadModelQueries,
  type ReadModels,
  type ReadModelsOptions,
} from './createReadModels.ts';
export { migrateReadModels, readModelsFingerprint } from './schema/migrate.ts';
export type { CaseRecord } from './projector/caseRecord.ts';
export type { HistoryEntry } from './queries/caseHistory.ts';
export type { ProjectorOptions, RunningProjector } from './projector/startProjector.ts';
export { ProjectionHaltedError, type ProjectionHalt } from './projector/projectionHalt.ts';
export { RevisionGapError } from './projector/applyToCase.ts';
export type { CasePage, ListCasesQuery } from './queries/listCases.ts';
export { InvalidCursorError } from './queries/cursor.ts';
export { viewFor, type View } from './views/viewFor.ts';
export { pseudonymOf } from './views/pseudonym.ts';
export { lazyOpener, type Opened, type Opener, type OpenerFor } from './views/opener.ts';
export { organisationLabel, WITHHELD } from './views/organisationLabel.ts';
export { participationFor } from './views/participationFor.ts';
export { caseViewFor, type CaseViewInput } from './views/caseViewFor.ts';
export {
  caseViewSchema,
  deadlineViewSchema,
  identityViewSchema,
  receptionPlanDetailsViewSchema,
  threatDetailsViewSchema,
  workflowViewSchema,
  type CaseView,
  type DeadlineView,
  type WorkflowView,
} from './views/caseViewSchema.ts';
export { historyViewFor, type HistoryViewInput } from './views/historyViewFor.ts';
export { historyFieldClasses, historyFieldClass } from './views/historyFieldClasses.ts';
export {
  historyEntryViewSchema,
  historyViewSchema,
  jsonValueSchema,
  type HistoryEntryView,
  type HistoryView,
  type JsonValue,
} from './views/historyViewSchema.ts';
export { createDeadlineQueries, type DeadlineQueries } from './deadlines/deadlineQueries.ts';
export type { DueStep, DueStepKind } from './deadlines/dueSteps.ts';
export type { ForecastItem } from './deadlines/forecast.ts';
export { createDashboardQueries, type DashboardQueries } from './dashboard/dashboardQueries.ts';
export { bySeverity, type StalledCase, type StalledCasesQuery } from './dashboard/stalledCases.ts';
export type { TransferMatterEntry } from './dashboard/transferMatters.ts';
export type { HouseholdRelocations } from './dashboard/householdRelocations.ts';
export type { CountyCount, Overview, StageDuration, StateCount } from './dashboard/overview.ts';
export type { CasesByState } from './dashboard/caseGauges.ts';
export type { ProjectorLag } from './dashboard/projectorLag.ts';
export { retentionCandidates } from './queries/retentionCandidates.ts';
export {
  createStatisticsQueries,
  type StatisticsQueries,
  type StatisticsQueryOptions,
} from './statistics/statisticsQueries.ts';
export {
  DEFAULT_MINIMUM_HOUSEHOLDS,
  type PublishedStage,
  type PublishedStatistics,
  type PublishedTable,
} from './statistics/publishedStatistics.ts';
export {
  measuredStages,
  statisticsDimensionNames,
  statisticsDimensions,
  type MeasuredStage,
  type StatisticsDimension,
} from './statistics/statisticsTables.ts';
export type { PublishedCount } from './statistics/suppression.ts';
