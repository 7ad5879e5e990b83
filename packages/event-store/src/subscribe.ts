import { abortableDelay } from './abortableDelay.ts';
import type { EventStore, ReadAllBatch, SubscribeOptions, Subscription } from './port.ts';

/** Waits after an empty read; resolves early when something was appended since it was created, or on abort. */
export type WaitForAppends = (ms: number, signal: AbortSignal) => Promise<void>;

export interface PollingDependencies {
  /** Called before each read; an adapter that can tell when events arrive returns a wait that ends early then. */
  readonly watchForAppends?: () => WaitForAppends;
  /** Waits between retries (tests inject one that does not sleep). */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Delay before retry number `attempt` (0-based) of a failed read or checkpoint write. */
  readonly retryDelayMs?: (attempt: number) => number;
}

export const defaultPollIntervalMs = 500;
export const defaultSubscriptionBatchSize = 100;

export function exponentialBackoff(attempt: number): number {
  return Math.min(100 * 2 ** attempt, 10_000);
}

/**
 * A subscription for any adapter that can poll `readAll`: loads the subscriber's checkpoint, hands each event to
 * `handle` in feed order and stores the event's checkpoint only after `handle` resolved (at-least-once). Failed
 * reads and checkpoint loads/stores are retried with backoff and reported to `onError`; an error thrown by `handle`
 * stops the subscription and rejects `done`.
 */
export function subscribeByPolling(
  source: Pick<EventStore, 'readAll'>,
  options: SubscribeOptions,
  dependencies: PollingDependencies = {},
): Subscription {
  const stopper = new AbortController();
  const signal =
    options.signal === undefined ? stopper.signal : AbortSignal.any([options.signal, stopper.signal]);
  const sleep = dependencies.sleep ?? abortableDelay;
  const retryDelayMs = dependencies.retryDelayMs ?? exponentialBackoff;
  const pollIntervalMs = options.pollIntervalMs ?? defaultPollIntervalMs;
  const batchSize = options.batchSize ?? defaultSubscriptionBatchSize;
  const { subscriberId, checkpoints } = options;

  /** Retries until success or stop; `evenIfStopping` makes one attempt after a stop (a handled event's checkpoint). */
  const retrying = async <T>(
    operation: () => Promise<T>,
    evenIfStopping = false,
  ): Promise<{ value: T } | undefined> => {
    for (let attempt = 0; ; attempt += 1) {
      if (signal.aborted && !(evenIfStopping && attempt === 0)) return undefined;
      try {
        return { value: await operation() };
      } catch (error) {
        if (signal.aborted) return undefined;
        options.onError?.(error);
        await sleep(retryDelayMs(attempt), signal);
      }
    }
  };

  const storeCheckpoint = (checkpoint: string) =>
    retrying(() => checkpoints.store(subscriberId, checkpoint), true);

  const run = async (): Promise<void> => {
    const loaded = await retrying(() => checkpoints.load(subscriberId));
    if (loaded === undefined) return;
    let after = loaded.value;
    while (!signal.aborted) {
      const wait: WaitForAppends = dependencies.watchForAppends?.() ?? sleep;
      const read = await retrying((): Promise<ReadAllBatch> =>
        source.readAll({ after, batchSize, streamPrefix: options.streamPrefix }),
      );
      if (read === undefined) return;
      const batch = read.value;
      if (batch.events.length === 0) {
        await wait(pollIntervalMs, signal);
        continue;
      }
      for (const event of batch.events) {
        if (signal.aborted) return;
        await options.handle(event);
        if ((await storeCheckpoint(event.checkpoint)) === undefined) return;
        after = event.checkpoint;
      }
      if (batch.checkpoint !== undefined && batch.checkpoint !== after) {
        if ((await storeCheckpoint(batch.checkpoint)) === undefined) return;
        after = batch.checkpoint;
      }
      // A batch that was not full read the feed to its end: when the source tells of appends, rather than a second
      // read to find it empty, the wait (watched before the read) ends at once if anything was appended since.
      const drained = batch.events.length < batchSize && dependencies.watchForAppends !== undefined;
      if (drained && !signal.aborted) await wait(pollIntervalMs, signal);
    }
  };

  const done = run();
  // The caller learns of a failure through `done`; an unobserved failure must not crash the process.
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopper.abort();
      await done.catch(() => undefined);
    },
  };
}
