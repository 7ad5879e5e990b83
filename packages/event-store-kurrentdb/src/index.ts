export { createKurrentDbEventStore } from './kurrentDbEventStore.ts';
export type { KurrentDbEventStoreOptions } from './kurrentDbEventStore.ts';
export { decodeCheckpoint, encodeCheckpoint } from './checkpoint.ts';
export { ReservedMetadataKeyError, STORE_METADATA_KEY } from './storeMetadata.ts';
export { UnchainedEventError } from './streamHead.ts';
export { MissingPositionError } from './toRecordedEvent.ts';
