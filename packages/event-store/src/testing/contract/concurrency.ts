import { describe, expect, it } from 'vitest';
import { WrongExpectedRevisionError } from '../../errors.ts';
import { hashEvent } from '../../hashEvent.ts';
import type { AppendResult } from '../../port.ts';
import { collect, newEvent, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

function exactlyOneWinner(outcomes: PromiseSettledResult<AppendResult>[]): void {
  const fulfilled = outcomes.filter((outcome) => outcome.status === 'fulfilled');
  const rejected = outcomes.filter((outcome) => outcome.status === 'rejected');
  expect(fulfilled).toHaveLength(1);
  expect(rejected).toHaveLength(outcomes.length - 1);
  for (const outcome of rejected) expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
}

export function concurrencyContract(context: ContractContext): void {
  describe('concurrent appends', () => {
    it('of ten appends with the same expected revision, exactly one wins', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('race')}relocation-1`;
      await store.appendToStream(streamName, [newEvent({ n: 'first' })], { expectedRevision: 'no_stream' });
      const contenders = Array.from({ length: 10 }, (_, index) => [
        newEvent({ n: index }),
        newEvent({ n: index }),
      ]);
      const outcomes = await Promise.allSettled(
        contenders.map((events) => store.appendToStream(streamName, events, { expectedRevision: 0 })),
      );
      exactlyOneWinner(outcomes);
      const winner = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
      const read = await collect(store.readStream(streamName));
      expect(read.map((event) => event.id)).toEqual([
        read[0]?.id,
        ...(contenders[winner] ?? []).map((event) => event.id),
      ]);
      for (const [index, event] of read.entries()) {
        expect(event.revision).toBe(index);
        expect(event.previousHash).toBe(index === 0 ? null : read[index - 1]?.hash);
        expect(event.hash).toBe(hashEvent(event));
      }
    });

    it("of ten appends creating one stream with 'no_stream', exactly one wins", async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('create-race')}relocation-1`;
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, () =>
          store.appendToStream(streamName, [newEvent()], { expectedRevision: 'no_stream' }),
        ),
      );
      exactlyOneWinner(outcomes);
      expect((await collect(store.readStream(streamName))).map((event) => event.revision)).toEqual([0]);
    });

    it("ten concurrent appends with 'any' all land, each with its own revision", async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('any-race')}relocation-1`;
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.appendToStream(streamName, [newEvent()], { expectedRevision: 'any' }),
        ),
      );
      expect(outcomes.map((outcome) => outcome.nextRevision).sort((a, b) => a - b)).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
      ]);
      const read = await collect(store.readStream(streamName));
      for (const [index, event] of read.entries()) {
        expect(event.revision).toBe(index);
        expect(event.previousHash).toBe(index === 0 ? null : read[index - 1]?.hash);
      }
    });
  });
}
