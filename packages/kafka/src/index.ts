export { kafkaConfigSchema } from './config.ts';
export type { KafkaConfig } from './config.ts';
export { createKafka } from './createKafka.ts';
export type { CreateKafkaOptions } from './createKafka.ts';
export {
  notificationsTopic,
  relocationTopics,
  threatAssessmentsDeadLetterTopic,
  threatAssessmentsTopic,
} from './topics.ts';
export type { TopicSpec } from './topics.ts';
export { ensureTopics } from './ensureTopics.ts';
export type { EnsureTopicsResult } from './ensureTopics.ts';
export { createPublisher } from './publisher.ts';
export type { OutboundMessage, Publisher, PublisherOptions } from './publisher.ts';
export {
  backoffDelay,
  defaultRetryPolicy,
  isTransientKafkaError,
  realRetryDependencies,
  retryTransient,
} from './retry.ts';
export type { RetryDependencies, RetryPolicy } from './retry.ts';
export { organisationIdSchema, policeOrganisationIdSchema, policeRegions } from './contracts/identifiers.ts';
export { notificationMessageSchema } from './contracts/notification.ts';
export type { NotificationMessage } from './contracts/notification.ts';
export {
  exclusionZoneSchema,
  threatAssessmentMessageSchema,
  threatLevels,
} from './contracts/threatAssessment.ts';
export type { ThreatAssessmentMessage } from './contracts/threatAssessment.ts';
export { deadLetterEnvelopeSchema } from './contracts/deadLetter.ts';
export type { DeadLetterEnvelope } from './contracts/deadLetter.ts';
export { contractJsonSchemas } from './contracts/jsonSchemas.ts';
export type { ContractJsonSchema } from './contracts/jsonSchemas.ts';
export { encodeNotification } from './encodeNotification.ts';
export { deadLetterFor, decodeJsonMessage } from './decodeInbound.ts';
export type { DeadLetterReason, DecodeResult, InboundRecord } from './decodeInbound.ts';
export { checkpointsTopic, createCheckpointTopicSink } from './checkpointSink.ts';
export type { CheckpointTopicSink } from './checkpointSink.ts';
