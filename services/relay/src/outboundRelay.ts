import type { CheckpointStore, EventStore } from '@relocation/event-store';
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { encodeNotification } from '@relocation/kafka';
import { startProducerSpan } from '@relocation/tracing';
import type { OutboundMessage, Publisher } from '@relocation/kafka';
import { relocationStreamPrefix } from '@relocation/domain';
import { createCaseStates } from '@relocation/application';
import type { Logger } from '@relocation/service-log';
import { errorName } from '@relocation/service-log';
import { notificationsOf } from './notificationsOf.ts';
import type { ComponentStatus } from './readiness.ts';
import { defaultRetryTiming, retryUntilStopped } from './retryUntilStopped.ts';
import type { RetryTiming } from './retryUntilStopped.ts';

export interface OutboundRelayDependencies {
  /** With `watchAppends` (the SQL stores), an idle relay wakes on the next commit instead of the next poll. */
  readonly store: Pick<EventStore, 'readAll' | 'readStream' | 'watchAppends'>;
  readonly checkpoints: CheckpointStore;
  readonly publisher: Pick<Publisher, 'publish'>;
  /** The notification topic of a recipient organisation (one topic per organisation). */
  readonly topicFor: (recipient: string) => string;
  /** Makes sure the topics exist before the first publish to them (created on an organisation's first message). */
  readonly ensureTopics?: (topics: readonly string[]) => Promise<void>;
  /** Where the relay's checkpoint is stored; one id per relay deployment. */
  readonly checkpointId: string;
  readonly batchSize?: number;
  /** Wait between reads when the feed is caught up (a fallback when the store wakes the relay on commit). */
  readonly pollIntervalMs?: number;
  /** Checks the broker while idle (nothing to publish), so readiness notices an outage before the next event. */
  readonly probeBroker?: () => Promise<void>;
  readonly probeIntervalMs?: number;
  readonly timing?: RetryTiming;
  readonly logger: Logger;
  readonly onStatus: (status: ComponentStatus) => void;
  readonly clock?: () => number;
}

export interface OutboundRelay {
  /** Resolves when the relay has stopped; it only stops when asked. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Follows the global feed from the stored checkpoint: reads a batch, publishes its notifications (each to its
 * recipient's own topic, so that no organisation can read another's), waits for the broker's acknowledgement, and only then stores the batch's checkpoint. A crash between publish and checkpoint
 * republishes the batch on restart (duplicates, which consumers drop by eventId), never loses one. Every failing
 * step is retried with backoff until it succeeds or the relay is stopped; readiness says which step is failing.
 */
export function startOutboundRelay(deps: OutboundRelayDependencies): OutboundRelay {
  const stopper = new AbortController();
  const { signal } = stopper;
  const timing = deps.timing ?? defaultRetryTiming;
  const batchSize = deps.batchSize ?? 100;
  const pollIntervalMs = deps.pollIntervalMs ?? 500;
  const probeIntervalMs = deps.probeIntervalMs ?? 5_000;
  const clock = deps.clock ?? Date.now;
  const states = createCaseStates(deps.store);
  const { logger } = deps;

  // The broker's and the store's health are tracked apart, so that a successful read does not hide a broker
  // that the last publish or probe found down. The broker counts as healthy until a publish or probe fails.
  const healthy = { broker: true, store: false };
  const report = () => {
    if (!healthy.store) deps.onStatus({ ready: false, reason: 'event_store_unavailable' });
    else if (!healthy.broker) deps.onStatus({ ready: false, reason: 'broker_unavailable' });
    else deps.onStatus({ ready: true });
  };

  const step = <T>(
    name: string,
    dependency: 'broker' | 'store',
    operation: () => Promise<T>,
    evenIfStopping = false,
  ) =>
    retryUntilStopped(
      async () => {
        const value = await operation();
        healthy[dependency] = true;
        report();
        return value;
      },
      signal,
      (error, attempt) => {
        healthy[dependency] = false;
        report();
        logger.warn('relay.outbound.retry', { step: name, error: errorName(error), attempt });
      },
      timing,
      evenIfStopping,
    );

  const run = async (): Promise<void> => {
    const loaded = await step('load_checkpoint', 'store', () => deps.checkpoints.load(deps.checkpointId));
    if (loaded === undefined) return;
    let after = loaded.value;
    let lastProbe = clock();
    while (!signal.aborted) {
      // Watched before the read, so that a commit between the read and the wait is not missed.
      const wait = deps.store.watchAppends?.() ?? timing.sleep;
      const read = await step('read_feed', 'store', () =>
        deps.store.readAll({
          ...(after === undefined ? {} : { after }),
          batchSize,
          streamPrefix: relocationStreamPrefix,
        }),
      );
      if (read === undefined) return;
      const batch = read.value;
      if (batch.events.length === 0 || batch.checkpoint === undefined) {
        if (deps.probeBroker !== undefined && clock() - lastProbe >= probeIntervalMs) {
          lastProbe = clock();
          if ((await step('probe_broker', 'broker', deps.probeBroker)) === undefined) return;
        }
        await wait(pollIntervalMs, signal);
        continue;
      }
      const built = await step('build_notifications', 'store', () =>
        notificationsOf(batch.events, states, (event) =>
          logger.error('relay.outbound.unreadable_event', {
            stream: event.streamName,
            revision: event.revision,
          }),
        ),
      );
      if (built === undefined) return;
      // One topic per recipient organisation; feed order is kept within each (and so per recipient).
      const byTopic = new Map<string, OutboundMessage[]>();
      // Each message continues the trace of the event it is about (W3C traceparent in its headers), when traced.
      const traceparents = new Map(batch.events.map((event) => [event.id, event.metadata.traceparent]));
      const publishSpans: Span[] = [];
      for (const notification of built.value) {
        const topic = deps.topicFor(notification.recipient);
        const message = encodeNotification(notification);
        const traced = startProducerSpan('relocation.kafka.publish', traceparents.get(notification.eventId), {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'send',
          'messaging.destination.name': topic,
        });
        if (traced !== undefined) publishSpans.push(traced.span);
        const withTrace =
          traced?.traceparent === undefined
            ? message
            : { ...message, headers: { ...message.headers, traceparent: traced.traceparent } };
        byTopic.set(topic, [...(byTopic.get(topic) ?? []), withTrace]);
      }
      const messages = built.value.length;
      if (messages > 0) {
        const published = await step('publish', 'broker', async () => {
          await deps.ensureTopics?.([...byTopic.keys()]);
          for (const [topic, batchOfTopic] of byTopic) await deps.publisher.publish(topic, batchOfTopic);
          return true;
        });
        for (const span of publishSpans) {
          if (published === undefined) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        }
        if (published === undefined) return;
        lastProbe = clock();
      }
      const checkpoint = batch.checkpoint;
      // A stop right after the acknowledgement still stores the checkpoint (one attempt), so that a graceful
      // shutdown does not republish the batch.
      const stored = await step(
        'store_checkpoint',
        'store',
        () => deps.checkpoints.store(deps.checkpointId, checkpoint),
        true,
      );
      if (stored === undefined) return;
      logger.info('relay.outbound.published', {
        events: batch.events.length,
        notifications: messages,
        lastPosition: batch.events.at(-1)?.globalPosition.toString(),
      });
      after = checkpoint;
    }
  };

  const done = run();
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopper.abort();
      await done.catch(() => undefined);
    },
  };
}
