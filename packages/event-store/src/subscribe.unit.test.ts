import { describe, expect, it } from 'vitest';
import { createInMemoryCheckpointStore } from './memory/createInMemoryCheckpointStore.ts';
import { createInMemoryEventStore } from './memory/createInMemoryEventStore.ts';
import type { CheckpointStore, EventStore, RecordedEvent } from './port.ts';
import { exponentialBackoff, subscribeByPolling } from './subscribe.ts';
import { createTally, newEvents } from './testing/fixtures.ts';

/** Records the delays the subscription asks for and returns at once: no real waiting. */
function recordingSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = [];
  return {
    delays,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
  };
}

/** Waits after an empty read until the subscription stops: the tests never depend on the poll interval. */
function waitUntilStopped(_ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

async function storeWith(count: number): Promise<EventStore> {
  const store = createInMemoryEventStore();
  await store.appendToStream('s-1', newEvents(count), { expectedRevision: 'no_stream' });
  return store;
}

describe('subscribeByPolling', () => {
  it('retries failed reads with backoff, reports them, then delivers', async () => {
    const store = await storeWith(3);
    let failures = 2;
    const flaky: Pick<EventStore, 'readAll'> = {
      readAll: (options) =>
        failures-- > 0 ? Promise.reject(new Error('connection reset')) : store.readAll(options),
    };
    const { delays, sleep } = recordingSleep();
    const errors: unknown[] = [];
    const tally = createTally<RecordedEvent>();
    const subscription = subscribeByPolling(
      flaky,
      {
        subscriberId: 'sub',
        checkpoints: createInMemoryCheckpointStore(),
        handle: (event) => Promise.resolve(tally.record(event)),
        onError: (error) => errors.push(error),
        pollIntervalMs: 5,
      },
      {
        sleep: (ms) => sleep(ms),
        watchForAppends: () => waitUntilStopped,
      },
    );
    await tally.until(3);
    await subscription.stop();
    expect(errors.map((error) => (error as Error).message)).toEqual(['connection reset', 'connection reset']);
    expect(delays).toEqual([100, 200]);
    expect(tally.items.map((event) => event.revision)).toEqual([0, 1, 2]);
  });

  it('stops and rejects done when handle throws, keeping the checkpoint of the last handled event', async () => {
    const store = await storeWith(4);
    const checkpoints = createInMemoryCheckpointStore();
    const handled: number[] = [];
    const subscription = store.subscribe({
      subscriberId: 'sub',
      checkpoints,
      handle: (event) => {
        handled.push(event.revision);
        return event.revision === 2 ? Promise.reject(new Error('projection failed')) : Promise.resolve();
      },
    });
    await expect(subscription.done).rejects.toThrow('projection failed');
    expect(handled).toEqual([0, 1, 2]);
    expect(await checkpoints.load('sub')).toBe('2');
    await subscription.stop();
  });

  it('retries checkpoint loads and stores without handling an event twice', async () => {
    const store = await storeWith(2);
    const inner = createInMemoryCheckpointStore();
    let loadFailures = 1;
    let storeFailures = 2;
    const checkpoints: CheckpointStore = {
      load: (id) => (loadFailures-- > 0 ? Promise.reject(new Error('load failed')) : inner.load(id)),
      store: (id, checkpoint) =>
        storeFailures-- > 0 ? Promise.reject(new Error('store failed')) : inner.store(id, checkpoint),
    };
    const { delays, sleep } = recordingSleep();
    const errors: string[] = [];
    const tally = createTally<number>();
    const subscription = subscribeByPolling(
      store,
      {
        subscriberId: 'sub',
        checkpoints,
        handle: (event) => Promise.resolve(tally.record(event.revision)),
        onError: (error) => errors.push((error as Error).message),
      },
      {
        sleep: (ms) => sleep(ms),
        watchForAppends: () => waitUntilStopped,
      },
    );
    await tally.until(2);
    await subscription.stop();
    expect(errors).toEqual(['load failed', 'store failed', 'store failed']);
    expect(delays).toEqual([100, 100, 200]);
    expect(tally.items).toEqual([0, 1]);
    expect(await inner.load('sub')).toBe('2');
  });

  it('after a batch that was not full, waits for an append when it can watch, and reads again when it cannot', async () => {
    const readsBeforeFirstWait = async (watching: boolean): Promise<number> => {
      const store = await storeWith(3);
      let reads = 0;
      const counting: Pick<EventStore, 'readAll'> = {
        readAll: (options) => {
          reads += 1;
          return store.readAll(options);
        },
      };
      let readsAtWait: number | undefined;
      const waiting = (ms: number, signal: AbortSignal): Promise<void> => {
        readsAtWait ??= reads;
        return waitUntilStopped(ms, signal);
      };
      const tally = createTally<number>();
      const subscription = subscribeByPolling(
        counting,
        {
          subscriberId: 'sub',
          checkpoints: createInMemoryCheckpointStore(),
          batchSize: 10,
          handle: (event) => Promise.resolve(tally.record(event.revision)),
        },
        watching ? { watchForAppends: () => waiting } : { sleep: waiting },
      );
      await tally.until(3);
      while (readsAtWait === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
      await subscription.stop();
      return readsAtWait;
    };
    expect(await readsBeforeFirstWait(true)).toBe(1);
    expect(await readsBeforeFirstWait(false)).toBe(2);
  });

  it('stops at once while waiting for new events', async () => {
    const store = await storeWith(1);
    const tally = createTally<number>();
    const subscription = subscribeByPolling(store, {
      subscriberId: 'sub',
      checkpoints: createInMemoryCheckpointStore(),
      pollIntervalMs: 3_600_000,
      handle: (event) => Promise.resolve(tally.record(event.revision)),
    });
    await tally.until(1);
    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('backs off exponentially up to ten seconds', () => {
    expect([0, 1, 2, 3, 6, 7, 20].map(exponentialBackoff)).toEqual([
      100, 200, 400, 800, 6400, 10_000, 10_000,
    ]);
  });
});
