// Test helpers for @relocation/domain and for packages that test against it (the API's tests, say).
export * from './clock.ts';
export * from './fakeSealer.ts';
export * from './fixtures.ts';
export * from './decideRunner.ts';
export * from './given.ts';
export * from './modelPaths.ts';
export * from './workflowCommands.ts';
export * from './fixtures/v1/index.ts';
export * from './householdFixtures.ts';
