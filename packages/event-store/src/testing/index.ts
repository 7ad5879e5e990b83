export { describeEventStoreContract } from './describeEventStoreContract.ts';
export type { ContractCapabilities, ContractStore, EventStoreHarness } from './harness.ts';
export type { TamperHooks } from '../tamperHooks.ts';
export { collect, createTally, newEvent, newEvents, uniquePrefix } from './fixtures.ts';
