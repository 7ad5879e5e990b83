import type { KafkaConfig } from './config.ts';

/** Outbound: "case X needs your attention" for one organisation; never personal data. */
export const notificationsTopic = 'relocation.notifications.v1';
/** Inbound: threat assessments sent by the police. */
export const threatAssessmentsTopic = 'police.threat-assessments.v1';
/** Inbound messages that could not be processed, with the reason. */
export const threatAssessmentsDeadLetterTopic = 'police.threat-assessments.v1.dlq';

export interface TopicSpec {
  readonly topic: string;
  readonly numPartitions: number;
  readonly replicationFactor: number;
}

/** The topics the engine uses, sized by the configuration; pass them to `ensureTopics` at start-up. */
export function relocationTopics(
  config: Pick<KafkaConfig, 'topicPartitions' | 'replicationFactor'>,
): readonly TopicSpec[] {
  return [notificationsTopic, threatAssessmentsTopic, threatAssessmentsDeadLetterTopic].map((topic) => ({
    topic,
    numPartitions: config.topicPartitions,
    replicationFactor: config.replicationFactor,
  }));
}
