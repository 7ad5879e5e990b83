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

    it('lookupIdempotencyKey finds the first append of a key, and nothing for an unused key', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('idem-lookup');
      const streamName = `${prefix}relocation-1`;
      const key = `${prefix}command-1`;
      expect(await store.lookupIdempotencyKey(key)).toBeUndefined();
      await store.appendToStream(streamName, [newEvent()], { expectedRevision: 'no_stream' });
      const first = await store.appendToStream(streamName, [newEvent(), newEvent()], {
        expectedRevision: 0,
        idempotencyKey: key,
      });
      await store.appendToStream(streamName, [newEvent()], { expectedRevision: 2 });
      expect(await store.lookupIdempotencyKey(key)).toEqual({
        streamName,
        nextRevision: first.nextRevision,
        position: first.position,
      });
      expect(await store.lookupIdempotencyKey(`${prefix}unused`)).toBeUndefined();
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

    it('a key is global: reusing it on another stream replays the first append', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('idem-global');
      const key = `${prefix}command-1`;
      const first = await store.appendToStream(`${prefix}a`, [newEvent()], {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      });
      const elsewhere = await store.appendToStream(`${prefix}b`, [newEvent()], {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      });
      expect(elsewhere).toEqual({ ...first, replayed: true });
      expect(await collect(store.readStream(`${prefix}b`))).toEqual([]);
    });

    it('concurrent retries with one key append once; the others replay that append', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('idem-race');
      const streamName = `${prefix}relocation-1`;
      const key = `${prefix}command-1`;
      const events = [newEvent({ n: 1 }), newEvent({ n: 2 })];
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.appendToStream(streamName, events, { expectedRevision: 'any', idempotencyKey: key }),
        ),
      );
      expect(outcomes.filter((outcome) => !outcome.replayed)).toHaveLength(1);
      const first = outcomes.find((outcome) => !outcome.replayed);
      for (const outcome of outcomes) expect(outcome).toEqual({ ...first, replayed: outcome.replayed });
      const read = await collect(store.readStream(streamName));
      expect(read.map((event) => event.id)).toEqual(events.map((event) => event.id));
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
