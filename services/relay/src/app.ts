import type { CheckpointStore, EventStore } from '@relocation/event-store';
import {
  createPublisher,
  ensureTopics,
  notificationTopicFor,
  notificationsTopicPrefix,
  threatAssessmentsDeadLetterTopic,
  threatAssessmentsTopic,
} from '@relocation/kafka';
import type { Publisher, RetryPolicy, TopicSpec } from '@relocation/kafka';
import type { Kafka } from 'kafkajs';
import type { AssessmentVerifier } from './assessmentVerifier.ts';
import { healthHandler } from './healthServer.ts';
import { createInboundConsumer } from './inboundConsumer.ts';
import type { HandleCommand, InboundConsumer } from './inboundConsumer.ts';
import type { Logger } from '@relocation/service-log';
import { errorName } from '@relocation/service-log';
import { startOutboundRelay } from './outboundRelay.ts';
import type { OutboundRelay } from './outboundRelay.ts';
import { createReadiness } from './readiness.ts';
import { defaultRetryTiming, retryUntilStopped } from './retryUntilStopped.ts';
import type { RetryTiming } from './retryUntilStopped.ts';

export interface RelayTopics {
  /** Each recipient organisation's notifications go to `<notificationsPrefix>.<organisation>` (see notificationTopicFor). */
  readonly notificationsPrefix: string;
  readonly threatAssessments: string;
  readonly threatAssessmentsDeadLetter: string;
}

export const defaultRelayTopics: RelayTopics = Object.freeze({
  notificationsPrefix: notificationsTopicPrefix,
  threatAssessments: threatAssessmentsTopic,
  threatAssessmentsDeadLetter: threatAssessmentsDeadLetterTopic,
});

export interface RelayDependencies {
  readonly kafka: Kafka;
  readonly store: Pick<EventStore, 'readAll' | 'readStream' | 'watchAppends'>;
  readonly checkpoints: CheckpointStore;
  readonly checkpointId: string;
  /** The topics to create at start-up (name, partitions, replication factor). */
  readonly topicSpecs: readonly TopicSpec[];
  /** Partitions and replicas of the notification topics, created on an organisation's first notification. */
  readonly notificationTopicSize?: Pick<TopicSpec, 'numPartitions' | 'replicationFactor'>;
  readonly topics?: RelayTopics;
  /** The command handler for police assessments; without it the relay runs outbound only. */
  readonly handleCommand?: HandleCommand;
  /** Verifies the police signature of an assessment; required with `handleCommand`. */
  readonly verifyAssessment?: AssessmentVerifier;
  readonly consumerGroup?: string;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly probeIntervalMs?: number;
  readonly clock?: () => Date;
  readonly timing?: RetryTiming;
  /** The publisher's own retries of one send before the relay's backoff takes over. */
  readonly publishRetry?: RetryPolicy;
  readonly logger: Logger;
  /** Told when the relay's loop ends with an error it cannot retry (the runtime host then stops the process). */
  readonly onFailed?: (error: unknown) => void;
}

export interface Relay {
  /** Serves GET /healthz and GET /readyz. */
  readonly handleHealth: ReturnType<typeof healthHandler>;
  readonly readiness: ReturnType<typeof createReadiness>;
  /**
   * Starts in the background: creates the topics and connects (retrying while the broker is down), then runs.
   * The promise resolves once connected (or stopped); `main` need not wait for it.
   */
  start(): Promise<void>;
  /** Stops consuming and publishing; an unacknowledged batch stays behind the checkpoint. */
  stop(): Promise<void>;
}

/**
 * The relay: outbound notifications from the event feed, and (with `handleCommand`) inbound police assessments
 * with a dead-letter topic. No I/O until `start()`.
 */
export function buildRelay(deps: RelayDependencies): Relay {
  const topics = deps.topics ?? defaultRelayTopics;
  if (deps.handleCommand !== undefined && deps.verifyAssessment === undefined) {
    throw new Error(
      'buildRelay: police assessments are recorded only with verifyAssessment (signed by the police)',
    );
  }
  const inboundEnabled = deps.handleCommand !== undefined;
  const readiness = createReadiness(inboundEnabled ? ['outbound', 'inbound'] : ['outbound']);
  const timing = deps.timing ?? defaultRetryTiming;
  const clock = deps.clock ?? (() => new Date());
  const { logger } = deps;
  const stopper = new AbortController();
  const admin = deps.kafka.admin({ retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1_000 } });
  // Few quick retries inside one send: when the broker is down the relay's own backoff takes over and /readyz
  // reports it without waiting for a long retry sequence.
  const publisher: Publisher = createPublisher(deps.kafka, {
    retry: deps.publishRetry ?? { maxAttempts: 2, initialDelayMs: 200, maxDelayMs: 1_000 },
  });
  let outbound: OutboundRelay | undefined;
  let inbound: InboundConsumer | undefined;
  let running: Promise<void> | undefined;
  let markConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    markConnected = resolve;
  });

  const connect = () =>
    retryUntilStopped(
      async () => {
        await admin.connect();
        await ensureTopics(admin, deps.topicSpecs);
        await publisher.connect();
      },
      stopper.signal,
      (error, attempt) => {
        for (const component of Object.keys(readiness.snapshot().components)) {
          readiness.set(component, { ready: false, reason: 'broker_unavailable' });
        }
        logger.warn('relay.connect.retry', { error: errorName(error), attempt });
      },
      timing,
    );

  // Notification topics known to exist: each is created (idempotently) before its first publish.
  const knownTopics = new Set<string>();
  const notificationTopicSize = deps.notificationTopicSize ?? { numPartitions: 3, replicationFactor: 1 };
  const ensureNotificationTopics = async (names: readonly string[]) => {
    const missing = names.filter((name) => !knownTopics.has(name));
    if (missing.length === 0) return;
    await ensureTopics(
      admin,
      missing.map((topic) => ({ topic, ...notificationTopicSize })),
    );
    for (const name of missing) knownTopics.add(name);
  };

  const run = async () => {
    if ((await connect()) === undefined) return;
    markConnected();
    logger.info('relay.connected', { notifications: topics.notificationsPrefix, inbound: inboundEnabled });
    outbound = startOutboundRelay({
      store: deps.store,
      checkpoints: deps.checkpoints,
      publisher,
      topicFor: (recipient) => notificationTopicFor(recipient, topics.notificationsPrefix),
      ensureTopics: ensureNotificationTopics,
      checkpointId: deps.checkpointId,
      ...(deps.batchSize === undefined ? {} : { batchSize: deps.batchSize }),
      ...(deps.pollIntervalMs === undefined ? {} : { pollIntervalMs: deps.pollIntervalMs }),
      ...(deps.probeIntervalMs === undefined ? {} : { probeIntervalMs: deps.probeIntervalMs }),
      probeBroker: async () => {
        await admin.describeCluster();
      },
      timing,
      logger,
      onStatus: (status) => readiness.set('outbound', status),
    });
    if (deps.handleCommand !== undefined && deps.verifyAssessment !== undefined && !stopper.signal.aborted) {
      inbound = createInboundConsumer({
        kafka: deps.kafka,
        groupId: deps.consumerGroup ?? 'relocation-relay-threat-assessments',
        topic: topics.threatAssessments,
        deadLetterTopic: topics.threatAssessmentsDeadLetter,
        publisher,
        handleCommand: deps.handleCommand,
        verify: deps.verifyAssessment,
        clock,
        timing,
        logger,
        onStatus: (status) => readiness.set('inbound', status),
      });
      const consumer = inbound;
      await retryUntilStopped(
        () => consumer.start(),
        stopper.signal,
        (error, attempt) => {
          readiness.set('inbound', { ready: false, reason: 'broker_unavailable' });
          logger.warn('relay.inbound.start_retry', { error: errorName(error), attempt });
        },
        timing,
      );
    }
  };

  return {
    handleHealth: healthHandler(readiness),
    readiness,
    start() {
      if (running === undefined) {
        running = run();
        running.catch((error: unknown) => {
          logger.error('relay.failed', { error: errorName(error) });
          deps.onFailed?.(error);
        });
      }
      return connected;
    },
    async stop() {
      stopper.abort();
      markConnected();
      await running?.catch(() => undefined);
      await inbound?.stop().catch(() => undefined);
      await outbound?.stop();
      await publisher.disconnect().catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    },
  };
}
