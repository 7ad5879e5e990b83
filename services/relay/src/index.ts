// @relocation/relay: Kafka integration. Outbound notifications from the event feed, inbound police assessments.
export { buildRelay, defaultRelayTopics } from './app.ts';
export type { Relay, RelayDependencies, RelayTopics } from './app.ts';
export { parseConfig } from './config.ts';
export type { RelayConfig } from './config.ts';
export { startOutboundRelay } from './outboundRelay.ts';
export type { OutboundRelay, OutboundRelayDependencies } from './outboundRelay.ts';
export { createInboundConsumer } from './inboundConsumer.ts';
export type { HandleCommand, InboundConsumer, InboundConsumerDependencies } from './inboundConsumer.ts';
export { threatAssessmentCommand } from './threatAssessmentCommand.ts';
export { notificationsOf } from './notificationsOf.ts';
export { createCaseStates } from '@relocation/application';
export { createHealthServer, healthHandler } from './healthServer.ts';
export { createReadiness } from './readiness.ts';
export type { ComponentStatus, Readiness } from './readiness.ts';
