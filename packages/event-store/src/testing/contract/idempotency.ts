import { describe, expect, it } from 'vitest';
import { WrongExpectedRevisionError } from '../../errors.ts';
import { collect, newEvent, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

export function idempotencyContract(context: ContractContext): void {
  describe('idempotency keys', () => {
    it('a retry with the same key returns the first result, replayed, and appends nothing', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('idem');
      const streamName = `${prefix}relocation-1`;
      const key = `${prefix}command-1`;
      const events = [newEvent({ n: 1 }), newEvent({ n: 2 })];
      const first = await store.appendToStream(streamName, events, {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      });
      expect(first.replayed).toBe(false);

      const retry = await store.appendToStream(streamName, events, {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      });
      expect(retry).toEqual({ ...first, replayed: true });

      const different = await store.appendToStream(streamName, [newEvent({ n: 3 })], {
        expectedRevision: 7,
        idempotencyKey: key,
      });
      expect(different).toEqual({ ...first, replayed: true });

      const read = await collect(store.readStream(streamName));
      expect(read.map((event) => event.id)).toEqual(events.map((event) => event.id));
    });

    it('a different key appends normally', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('idem-other');
      const streamName = `${prefix}relocation-1`;
      await store.appendToStream(streamName, [newEvent()], {
        expectedRevision: 'no_stream',
        idempotencyKey: `${prefix}a`,
      });
      const second = await store.appendToStream(streamName, [newEvent()], {
        expectedRevision: 0,
        idempotencyKey: `${prefix}b`,
      });
      expect(second).toMatchObject({ nextRevision: 1, replayed: false });
    });

    it('a refused append does not use up its key', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('idem-refused');
      const streamName = `${prefix}relocation-1`;
      const key = `${prefix}command-1`;
      await store.appendToStream(streamName, [newEvent()], { expectedRevision: 'no_stream' });
      await expect(
        store.appendToStream(streamName, [newEvent()], { expectedRevision: 5, idempotencyKey: key }),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      const retried = await store.appendToStream(streamName, [newEvent()], {
        expectedRevision: 0,
        idempotencyKey: key,
      });
      expect(retried).toMatchObject({ nextRevision: 1, replayed: false });
      expect(await collect(store.readStream(streamName))).toHaveLength(2);
    });
  });
}
