import { START, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import type { AllStreamSubscription, EventStoreDBClient, Filter, Position } from '@eventstore/db-client';
import type { RecordedEvent, SubscribeOptions, Subscription } from '@relocation/event-store';
import { backoffDelayMs, sleep } from './backoff.ts';
import { comparePositions, decodeCheckpoint } from './checkpoint.ts';
import { belongsToPrefix } from './readAllEvents.ts';
import { toRecordedEvent } from './toRecordedEvent.ts';

/** Wraps what the caller's code threw, so that it is told apart from a dropped subscription. */
class CallerFailure {
  readonly error: unknown;

  constructor(error: unknown) {
    this.error = error;
  }
}

async function callerStep(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    throw new CallerFailure(error);
  }
}

function serverFilter(namespace: string, streamPrefix: string | undefined): Filter {
  const prefix = namespace + (streamPrefix ?? '');
  return prefix.length === 0 ? excludeSystemEvents() : streamNameFilter({ prefixes: [prefix] });
}

/**
 * A catch-up subscription to `$all`, filtered on the server to the store's streams, that resumes after the stored
 * checkpoint. When the server ends or drops it, the error goes to `onError` and it subscribes again from the last
 * handled event after a growing delay. The checkpoint is stored only after `handle` resolves (at-least-once).
 */
export function subscribeToStore(
  client: EventStoreDBClient,
  namespace: string,
  options: SubscribeOptions,
): Subscription {
  const stopping = new AbortController();
  let current: AllStreamSubscription | undefined;

  const endCurrent = async (): Promise<void> => {
    const subscription = current;
    current = undefined;
    if (subscription) {
      // A late error from a subscription we are done with must not become an unhandled 'error' event.
      subscription.on('error', () => undefined);
      await subscription.unsubscribe().catch(() => undefined);
      subscription.destroy();
    }
  };

  const stop = async (): Promise<void> => {
    stopping.abort();
    await endCurrent();
  };
  const onAbort = (): void => void stop();
  if (options.signal?.aborted) {
    stopping.abort();
  }
  options.signal?.addEventListener('abort', onAbort, { once: true });

  /** Checkpoint loads and stores are retried with backoff (told to onError) until they succeed or we stop. */
  const withRetries = async <T>(step: () => Promise<T>): Promise<T | undefined> => {
    for (let attempt = 0; !stopping.signal.aborted; attempt += 1) {
      try {
        return await step();
      } catch (error) {
        options.onError?.(error);
        await sleep(backoffDelayMs(attempt), stopping.signal);
      }
    }
    return undefined;
  };

  const handleOne = async (event: RecordedEvent): Promise<void> => {
    await callerStep(() => options.handle(event));
    await withRetries(() => options.checkpoints.store(options.subscriberId, event.checkpoint));
  };

  const run = async (): Promise<void> => {
    const stored = await withRetries(() => options.checkpoints.load(options.subscriberId));
    if (stopping.signal.aborted) {
      return;
    }
    let position: Position | undefined = stored === undefined ? undefined : decodeCheckpoint(stored);
    let failures = 0;
    while (!stopping.signal.aborted) {
      const subscription = client.subscribeToAll({
        fromPosition: position ?? START,
        filter: serverFilter(namespace, options.streamPrefix),
      });
      current = subscription;
      try {
        for await (const resolved of subscription) {
          if (stopping.signal.aborted) {
            break;
          }
          failures = 0;
          const event = resolved.event;
          if (!event || (position !== undefined && comparePositions(event.position, position) <= 0)) {
            continue;
          }
          const recorded = toRecordedEvent(namespace, event);
          if (recorded && belongsToPrefix(recorded, options.streamPrefix)) {
            await handleOne(recorded);
          }
          position = event.position;
        }
        if (!stopping.signal.aborted) {
          throw new Error('The KurrentDB subscription ended');
        }
      } catch (error) {
        if (error instanceof CallerFailure) {
          throw error.error;
        }
        if (stopping.signal.aborted) {
          break;
        }
        options.onError?.(error);
        await endCurrent();
        await sleep(backoffDelayMs(failures), stopping.signal);
        failures += 1;
      }
    }
  };

  const done = run().finally(async () => {
    options.signal?.removeEventListener('abort', onAbort);
    stopping.abort();
    await endCurrent();
  });
  return {
    done,
    stop: async () => {
      await stop();
      await done.catch(() => undefined);
    },
  };
}
