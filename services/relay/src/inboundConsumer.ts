import { CommandRejectedError, IdempotencyKeyReusedError } from '@relocation/application';
import type { Command } from '@relocation/domain';
import { deadLetterFor } from '@relocation/kafka';
import type { DeadLetterReason, InboundRecord, Publisher } from '@relocation/kafka';
import type { Consumer, Kafka } from 'kafkajs';
import type { AssessmentVerifier } from './assessmentVerifier.ts';
import type { Logger } from '@relocation/service-log';
import { errorName } from '@relocation/service-log';
import type { ComponentStatus } from './readiness.ts';
import { defaultRetryTiming } from './retryUntilStopped.ts';
import type { RetryTiming } from './retryUntilStopped.ts';
import { threatAssessmentCommand } from './threatAssessmentCommand.ts';

/**
 * Runs a command through the application's handler; `idempotencyKey` makes a repeat append nothing, and the
 * answer says so (`replayed`). The keys live in the event store, so they survive a restart of the relay.
 */
export type HandleCommand = (
  command: Command,
  options: { readonly idempotencyKey: string },
) => Promise<{ readonly replayed: boolean }>;

export interface InboundConsumerDependencies {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topic: string;
  readonly deadLetterTopic: string;
  /** Publishes dead letters and resolves after the broker acknowledged them. */
  readonly publisher: Pick<Publisher, 'publish'>;
  readonly handleCommand: HandleCommand;
  /** Checks the police signature and the message contract (see `createAssessmentVerifier`). */
  readonly verify: AssessmentVerifier;
  readonly clock: () => Date;
  readonly timing?: RetryTiming;
  /**
   * The consumer fetches at least every 5 s even when idle; no fetch for this long (default 15 s) means it cannot
   * reach the broker, and readiness says so before kafkajs's own retries run out.
   */
  readonly staleAfterMs?: number;
  readonly logger: Logger;
  readonly onStatus: (status: ComponentStatus) => void;
}

export interface InboundConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Why the domain (or the handler) refused the command for good, or undefined for a failure worth retrying. */
function permanentRejection(error: unknown): DeadLetterReason | undefined {
  if (error instanceof CommandRejectedError) {
    return {
      code: 'command_rejected',
      message: error.domainError.message,
      details: { domainCode: error.domainError.code },
    };
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return { code: 'message_id_reused', message: 'this messageId was already used for another case' };
  }
  return undefined;
}

/**
 * Consumes `police.threat-assessments.v1` in a consumer group. Per message: verify the police signature and the
 * contract, turn it into a RecordThreatAssessment command acted by the signed officer and handle it with the message
 * id (`jti`) as idempotency key. An unsigned, wrongly signed, expired or invalid message, a replay (a `jti` recorded
 * before) or a command the domain rejects goes to the dead-letter topic with the reason (acknowledged by the
 * broker), changes nothing, and the offset moves on. Any other failure (event
 * store or broker down) is retried with backoff on the same message, which is not committed until it is done, so
 * nothing is lost and the partition keeps its order.
 */
export function createInboundConsumer(deps: InboundConsumerDependencies): InboundConsumer {
  const timing = deps.timing ?? defaultRetryTiming;
  const { logger } = deps;
  const stopper = new AbortController();
  const staleAfterMs = deps.staleAfterMs ?? 15_000;
  let consumer: Consumer | undefined;
  let lastFetch = deps.clock().getTime();
  let watchdog: ReturnType<typeof setInterval> | undefined;

  const deadLetter = async (record: InboundRecord, reason: DeadLetterReason) => {
    await deps.publisher.publish(deps.deadLetterTopic, [deadLetterFor(record, reason, deps.clock())]);
    logger.warn('relay.inbound.dead_letter', {
      partition: record.partition,
      offset: record.offset,
      reason: reason.code,
    });
  };

  const processRecord = async (record: InboundRecord): Promise<void> => {
    const verified = await deps.verify(record.value);
    if (!verified.ok) return deadLetter(record, verified.reason);
    const { message } = verified;
    const built = threatAssessmentCommand(message);
    if (!built.ok) return deadLetter(record, built.reason);
    let replayed: boolean;
    try {
      ({ replayed } = await deps.handleCommand(built.command, { idempotencyKey: message.jti }));
    } catch (error) {
      const reason = permanentRejection(error);
      if (reason === undefined) throw error;
      return deadLetter(record, reason);
    }
    if (replayed) {
      return deadLetter(record, {
        code: 'replayed',
        message: 'a message with this jti was recorded before; nothing was recorded again',
      });
    }
    logger.info('relay.inbound.recorded', { relocationId: message.relocationId, messageId: message.jti });
  };

  return {
    async start() {
      // A retried start replaces the consumer of the failed attempt.
      clearInterval(watchdog);
      await consumer?.disconnect().catch(() => undefined);
      const created = deps.kafka.consumer({
        groupId: deps.groupId,
        allowAutoTopicCreation: false,
        // kafkajs restarts a crashed consumer (a lost broker, say) after its own retries run out.
        retry: {
          retries: 8,
          initialRetryTime: 300,
          maxRetryTime: 10_000,
          restartOnFailure: async () => true,
        },
      });
      consumer = created;
      created.on(created.events.FETCH, () => {
        lastFetch = deps.clock().getTime();
        deps.onStatus({ ready: true });
      });
      watchdog = setInterval(() => {
        if (deps.clock().getTime() - lastFetch > staleAfterMs) {
          deps.onStatus({ ready: false, reason: 'broker_unavailable' });
        }
      }, 1_000);
      watchdog.unref();
      created.on(created.events.CRASH, (event) => {
        deps.onStatus({ ready: false, reason: 'broker_unavailable' });
        logger.warn('relay.inbound.crash', {
          error: errorName(event.payload.error),
          restart: event.payload.restart,
        });
      });
      created.on(created.events.DISCONNECT, () => deps.onStatus({ ready: false, reason: 'disconnected' }));
      await created.connect();
      await created.subscribe({ topics: [deps.topic], fromBeginning: true });
      await created.run({
        autoCommit: true,
        // Commit after every message: a restart redelivers at most the message in hand (idempotent anyway).
        autoCommitThreshold: 1,
        eachMessage: async ({ topic, partition, message, heartbeat }) => {
          const record: InboundRecord = {
            topic,
            partition,
            offset: message.offset,
            key: message.key,
            value: message.value,
          };
          for (let attempt = 0; ; attempt += 1) {
            try {
              await processRecord(record);
              return;
            } catch (error) {
              // Stopping: leave the message uncommitted; the next consumer of the partition gets it again.
              if (stopper.signal.aborted) throw error;
              deps.onStatus({ ready: false, reason: 'processing_failing' });
              logger.warn('relay.inbound.retry', {
                partition,
                offset: message.offset,
                error: errorName(error),
                attempt,
              });
              await timing.sleep(timing.delayMs(attempt), stopper.signal);
              await heartbeat().catch(() => undefined);
            }
          }
        },
      });
    },
    async stop() {
      stopper.abort();
      clearInterval(watchdog);
      await consumer?.disconnect();
    },
  };
}
