export type {
  AppendOptions,
  AppendResult,
  CheckpointStore,
  EventStore,
  ExpectedRevision,
  FeedBatch,
  FeedEvent,
  IdempotentAppend,
  Json,
  NewEvent,
  ReadAllBatch,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  VerifyProblem,
  VerifyProblemKind,
  VerifyReport,
} from './port.ts';
export {
  EventStoreClosedError,
  InvalidAppendError,
  InvalidCheckpointError,
  WrongExpectedRevisionError,
} from './errors.ts';
export { readFeedOf } from './readFeedOf.ts';
export { canonicalJson } from './canonicalJson.ts';
export { hashEvent, type HashEventInput } from './hashEvent.ts';
export { chainEvents, type ChainedEvent } from './chainEvents.ts';
export { checkExpectedRevision, expectedRevisionMatches } from './checkExpectedRevision.ts';
export { validateAppend } from './validateAppend.ts';
export type { TamperHooks } from './tamperHooks.ts';
export type { StreamHead, StreamToVerify, VerifiableEvent } from './verify/types.ts';
export { verifyStream } from './verify/verifyStream.ts';
export { buildVerifyReport } from './verify/buildVerifyReport.ts';
export { verifyFeedOrder } from './verify/verifyFeedOrder.ts';
export {
  defaultPollIntervalMs,
  defaultSubscriptionBatchSize,
  exponentialBackoff,
  subscribeByPolling,
  type PollingDependencies,
  type WaitForAppends,
} from './subscribe.ts';
export { abortableDelay } from './abortableDelay.ts';
export {
  createInMemoryEventStore,
  type InMemoryEventStore,
  type InMemoryEventStoreOptions,
} from './memory/createInMemoryEventStore.ts';
export { createInMemoryCheckpointStore } from './memory/createInMemoryCheckpointStore.ts';
export {
  reportAsJson,
  reportLines,
  parseVerifyArgs,
  runVerifyCli,
  verifyUsage,
  type VerifyCliIo,
} from './cli/runVerifyCli.ts';
