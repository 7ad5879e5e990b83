import { describe, expect, it } from 'vitest';
import { WrongExpectedRevisionError } from '../../errors.ts';
import type { EventStore } from '../../port.ts';
import { collect, newEvent, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

async function rejection(promise: Promise<unknown>): Promise<WrongExpectedRevisionError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  return error as WrongExpectedRevisionError;
}

async function revisions(store: EventStore, streamName: string): Promise<number[]> {
  return (await collect(store.readStream(streamName))).map((event) => event.revision);
}

export function expectedRevisionContract(context: ContractContext): void {
  describe('expected revision', () => {
    it("'no_stream' appends to a new stream and is refused on an existing one", async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('nostream')}relocation-1`;
      await store.appendToStream(streamName, [newEvent()], { expectedRevision: 'no_stream' });
      const error = await rejection(
        store.appendToStream(streamName, [newEvent()], { expectedRevision: 'no_stream' }),
      );
      expect(error.code).toBe('WRONG_EXPECTED_REVISION');
      expect(error.streamName).toBe(streamName);
      expect(error.expected).toBe('no_stream');
      expect(error.actual).toBe(0);
      expect(await revisions(store, streamName)).toEqual([0]);
    });

    it("'any' appends whether or not the stream exists", async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('any')}relocation-1`;
      const first = await store.appendToStream(streamName, [newEvent()], { expectedRevision: 'any' });
      const second = await store.appendToStream(streamName, [newEvent(), newEvent()], {
        expectedRevision: 'any',
      });
      expect([first.nextRevision, second.nextRevision]).toEqual([0, 2]);
      expect(await revisions(store, streamName)).toEqual([0, 1, 2]);
    });

    it('an exact revision appends when it matches the last event', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('exact')}relocation-1`;
      await store.appendToStream(streamName, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
      const result = await store.appendToStream(streamName, [newEvent()], { expectedRevision: 1 });
      expect(result.nextRevision).toBe(2);
      expect(await revisions(store, streamName)).toEqual([0, 1, 2]);
    });

    it('a mismatching revision is refused with the actual revision, and the failed append writes nothing', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('mismatch')}relocation-1`;
      await store.appendToStream(streamName, [newEvent(), newEvent(), newEvent()], {
        expectedRevision: 'no_stream',
      });
      for (const stale of [0, 1, 3, 7]) {
        const error = await rejection(
          store.appendToStream(streamName, [newEvent(), newEvent()], { expectedRevision: stale }),
        );
        expect(error.expected).toBe(stale);
        expect(error.actual).toBe(2);
      }
      expect(await revisions(store, streamName)).toEqual([0, 1, 2]);
    });

    it('an exact revision on a stream that does not exist is refused with actual no_stream', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('exactmissing')}relocation-1`;
      const error = await rejection(store.appendToStream(streamName, [newEvent()], { expectedRevision: 0 }));
      expect(error.actual).toBe('no_stream');
      expect(await revisions(store, streamName)).toEqual([]);
    });
  });
}
