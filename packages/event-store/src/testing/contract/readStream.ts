import { describe, expect, it } from 'vitest';
import { collect, newEvents, revisionsOf, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

export function readStreamContract(context: ContractContext): void {
  describe('readStream', () => {
    it('reads forwards, backwards, from a revision and up to a count', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('read')}relocation-1`;
      await store.appendToStream(streamName, newEvents(4), { expectedRevision: 'no_stream' });
      await store.appendToStream(streamName, newEvents(6), { expectedRevision: 3 });
      const read = (options: Parameters<typeof store.readStream>[1]) =>
        collect(store.readStream(streamName, options)).then(revisionsOf);

      expect(await read(undefined)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await read({ direction: 'forwards' })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await read({ direction: 'backwards' })).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      expect(await read({ fromRevision: 3 })).toEqual([3, 4, 5, 6, 7, 8, 9]);
      expect(await read({ fromRevision: 3, direction: 'backwards' })).toEqual([3, 2, 1, 0]);
      expect(await read({ maxCount: 4 })).toEqual([0, 1, 2, 3]);
      expect(await read({ direction: 'backwards', maxCount: 2 })).toEqual([9, 8]);
      expect(await read({ fromRevision: 5, maxCount: 3 })).toEqual([5, 6, 7]);
      expect(await read({ fromRevision: 5, direction: 'backwards', maxCount: 3 })).toEqual([5, 4, 3]);
      expect(await read({ fromRevision: 9 })).toEqual([9]);
      expect(await read({ fromRevision: 10 })).toEqual([]);
      expect(await read({ fromRevision: 42, direction: 'backwards', maxCount: 2 })).toEqual([9, 8]);
    });

    it('keeps streams apart', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('apart');
      await store.appendToStream(`${prefix}a`, newEvents(2, 'a'), { expectedRevision: 'no_stream' });
      await store.appendToStream(`${prefix}ab`, newEvents(3, 'ab'), { expectedRevision: 'no_stream' });
      const a = await collect(store.readStream(`${prefix}a`));
      expect(a.map((event) => event.data)).toEqual([
        { label: 'a', index: 0 },
        { label: 'a', index: 1 },
      ]);
      expect(await collect(store.readStream(`${prefix}ab`))).toHaveLength(3);
    });
  });
}
