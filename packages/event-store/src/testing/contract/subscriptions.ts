import { describe, expect, it } from 'vitest';
import { createInMemoryCheckpointStore } from '../../memory/createInMemoryCheckpointStore.ts';
import type { RecordedEvent } from '../../port.ts';
import { createTally, newEvents, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

export function subscriptionsContract(context: ContractContext): void {
  describe('subscriptions', () => {
    it('deliver earlier events and those appended after the start, in order, then stop', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('subscribe');
      const before = newEvents(5, 'before');
      await store.appendToStream(`${prefix}a`, before, { expectedRevision: 'no_stream' });
      const checkpoints = createInMemoryCheckpointStore();
      const tally = createTally<RecordedEvent>();
      const subscription = store.subscribe({
        subscriberId: `${prefix}subscriber`,
        checkpoints,
        streamPrefix: prefix,
        batchSize: 3,
        pollIntervalMs: context.capabilities.pollIntervalMs,
        handle: (event) => {
          tally.record(event);
          return Promise.resolve();
        },
      });
      await tally.until(5);
      const after = [...newEvents(2, 'after-a'), ...newEvents(4, 'after-b')];
      await store.appendToStream(`${prefix}a`, after.slice(0, 2), { expectedRevision: 4 });
      await store.appendToStream(`${prefix}b`, after.slice(2), { expectedRevision: 'no_stream' });
      await tally.until(11);
      await subscription.stop();
      await expect(subscription.done).resolves.toBeUndefined();

      expect(tally.items.map((event) => event.id)).toEqual([...before, ...after].map((event) => event.id));
      expect(await checkpoints.load(`${prefix}subscriber`)).toBe(tally.items.at(-1)?.checkpoint);
    });

    it('stop when their abort signal fires', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('abort');
      await store.appendToStream(`${prefix}a`, newEvents(2), { expectedRevision: 'no_stream' });
      const controller = new AbortController();
      const tally = createTally<RecordedEvent>();
      const subscription = store.subscribe({
        subscriberId: `${prefix}subscriber`,
        checkpoints: createInMemoryCheckpointStore(),
        streamPrefix: prefix,
        pollIntervalMs: context.capabilities.pollIntervalMs,
        signal: controller.signal,
        handle: (event) => {
          tally.record(event);
          return Promise.resolve();
        },
      });
      await tally.until(2);
      controller.abort();
      await expect(subscription.done).resolves.toBeUndefined();
    });

    it('are at-least-once: a crash between handling and checkpoint redelivers the event, nothing is lost', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('crash');
      const appended = newEvents(6, 'crash');
      await store.appendToStream(`${prefix}a`, appended, { expectedRevision: 'no_stream' });
      const checkpoints = createInMemoryCheckpointStore();
      const subscriberId = `${prefix}subscriber`;
      const crashOn = appended[2]?.id;
      const delivered: string[] = [];

      const crashing = store.subscribe({
        subscriberId,
        checkpoints,
        streamPrefix: prefix,
        pollIntervalMs: context.capabilities.pollIntervalMs,
        handle: (event) => {
          delivered.push(event.id);
          if (event.id === crashOn)
            return Promise.reject(new Error('crashed after handling, before checkpoint'));
          return Promise.resolve();
        },
      });
      await expect(crashing.done).rejects.toThrow('crashed after handling');
      expect(delivered).toEqual(appended.slice(0, 3).map((event) => event.id));

      const tally = createTally<string>();
      const restarted = store.subscribe({
        subscriberId,
        checkpoints,
        streamPrefix: prefix,
        pollIntervalMs: context.capabilities.pollIntervalMs,
        handle: (event) => {
          delivered.push(event.id);
          tally.record(event.id);
          return Promise.resolve();
        },
      });
      const lastId = appended.at(-1)?.id;
      await tally.until((ids) => ids.includes(lastId ?? ''));
      await restarted.stop();

      expect(new Set(delivered)).toEqual(new Set(appended.map((event) => event.id)));
      expect(delivered.filter((id) => id === crashOn).length).toBeGreaterThanOrEqual(2);
      const secondRun = tally.items;
      expect(secondRun).toContain(crashOn);
      expect(secondRun.slice(secondRun.indexOf(crashOn ?? ''))).toEqual(
        appended.slice(2).map((event) => event.id),
      );
    });
  });
}
