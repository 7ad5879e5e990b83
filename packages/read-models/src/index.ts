// @relocation/read-models: case list, case detail and history, projected from the global feed, with per-party views.
export {
  createReadModels,
  DEFAULT_READ_MODEL_SCHEMA,
  type ReadModelQueries,
  type ReadModels,
  type ReadModelsOptions,
} from './createReadModels.ts';
export type { CaseRecord } from './projector/caseRecord.ts';
export type { HistoryEntry } from './projector/historyEntry.ts';
export type { ProjectorOptions, RunningProjector } from './projector/startProjector.ts';
export { UnreadableEventError } from './projector/toDomainEvent.ts';
export { RevisionGapError } from './projector/applyToCase.ts';
export type { CasePage, ListCasesQuery } from './queries/listCases.ts';
export { InvalidCursorError } from './queries/cursor.ts';
