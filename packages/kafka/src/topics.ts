import type { KafkaConfig } from './config.ts';
import { organisationIdSchema } from './contracts/identifiers.ts';

/**
 * Outbound: "case X needs your attention", one topic per recipient organisation,
 * `relocation.notifications.v1.<organisation>` (see `notificationTopicFor`); never personal data.
 */
export const notificationsTopicPrefix = 'relocation.notifications.v1';
/** Inbound: threat assessments sent by the police, each a JWS signed by the police issuer. */
export const threatAssessmentsTopic = 'police.threat-assessments.v1';
/** Inbound messages that could not be processed, with the reason. */
export const threatAssessmentsDeadLetterTopic = 'police.threat-assessments.v1.dlq';

/**
 * An organisation id as a topic-name segment and a Kafka user name: `:` becomes `-` (`municipality:0180` ->
 * `municipality-0180`, `police:stockholm` -> `police-stockholm`, `coordinator:national` -> `coordinator-national`).
 * Organisation ids hold only lower-case letters, digits and one `:`, so the mapping is one-to-one and the result
 * uses legal topic characters only. Throws on anything that is not an organisation id.
 */
export function organisationTopicSegment(organisationId: string): string {
  return organisationIdSchema.parse(organisationId).replace(':', '-');
}

/**
 * The notification topic of one recipient organisation: `<prefix>.<organisation segment>`. Each organisation's
 * Kafka principal may read only the topics under its own prefix (prefixed ACLs), so no organisation reads
 * another's notifications. Tests pass their own prefix.
 */
export function notificationTopicFor(
  organisationId: string,
  prefix: string = notificationsTopicPrefix,
): string {
  return `${prefix}.${organisationTopicSegment(organisationId)}`;
}

export interface TopicSpec {
  readonly topic: string;
  readonly numPartitions: number;
  readonly replicationFactor: number;
}

/**
 * The fixed topics the engine uses, sized by the configuration; pass them to `ensureTopics` at start-up. The
 * notification topics are created when an organisation gets its first notification (`notificationTopicSpec`).
 */
export function relocationTopics(
  config: Pick<KafkaConfig, 'topicPartitions' | 'replicationFactor'>,
): readonly TopicSpec[] {
  return [threatAssessmentsTopic, threatAssessmentsDeadLetterTopic].map((topic) => ({
    topic,
    numPartitions: config.topicPartitions,
    replicationFactor: config.replicationFactor,
  }));
}
