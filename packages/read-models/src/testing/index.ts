// Test helpers for @relocation/read-models and for the API's query tests.
export { recordCase, type RecordedCase } from './recordCase.ts';
export { dumpReadModels, type ReadModelDump } from './dumpReadModels.ts';
export { insertUnprojectableEvent } from './insertUnprojectableEvent.ts';
export { recoverWithheld } from './recoverWithheld.ts';
