import { describe, expect, it } from 'vitest';
import type { EventStore, FeedEvent, RecordedEvent } from '../../port.ts';
import { readFeedOf } from '../../readFeedOf.ts';
import { newEvent, newEvents, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

/** Reads the feed for a prefix in batches until an empty batch; checks each batch's checkpoint as it goes. */
async function readFeed(
  store: EventStore,
  streamPrefix: string,
  batchSize: number,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await store.readAll({ after, batchSize, streamPrefix });
    expect(batch.events.length).toBeLessThanOrEqual(batchSize);
    if (batch.events.length === 0) {
      expect(batch.checkpoint).toBe(after);
      return events;
    }
    expect(batch.checkpoint).toBe(batch.events.at(-1)?.checkpoint);
    events.push(...batch.events);
    after = batch.checkpoint;
  }
}

function expectStrictlyIncreasing(events: readonly RecordedEvent[]): void {
  for (let index = 1; index < events.length; index += 1) {
    expect(
      (events[index] as RecordedEvent).globalPosition > (events[index - 1] as RecordedEvent).globalPosition,
    ).toBe(true);
  }
}

export function globalFeedContract(context: ContractContext): void {
  describe('global feed', () => {
    it('returns every appended event exactly once, in strictly increasing global position, filtered by prefix', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('feed');
      const outsider = `${uniquePrefix('outside')}relocation-1`;
      const appendedIds: string[] = [];
      for (let round = 0; round < 5; round += 1) {
        for (const [stream, count] of [
          ['a', 1],
          ['b', 2],
          ['c', 3],
        ] as const) {
          const events = newEvents(count, stream);
          await store.appendToStream(`${prefix}${stream}`, events, { expectedRevision: 'any' });
          appendedIds.push(...events.map((event) => event.id));
        }
        await store.appendToStream(outsider, [newEvent()], { expectedRevision: 'any' });
      }

      const feed = await readFeed(store, prefix, 1000);
      expect(feed.map((event) => event.id)).toEqual(appendedIds);
      expectStrictlyIncreasing(feed);
      expect(feed.every((event) => event.streamName.startsWith(prefix))).toBe(true);
      for (const stream of ['a', 'b', 'c']) {
        const revisions = feed
          .filter((event) => event.streamName === `${prefix}${stream}`)
          .map((e) => e.revision);
        expect(revisions).toEqual(revisions.map((_, index) => index));
      }
    });

    it("readFeed (where the store has it) gives readAll's events and checkpoints, without the time and hashes", async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('lean');
      for (let index = 0; index < 4; index += 1)
        await store.appendToStream(`${prefix}${index % 2}`, newEvents(1 + index, 'l'), {
          expectedRevision: 'any',
        });
      const full = await readFeed(store, prefix, 3);
      const lean: FeedEvent[] = [];
      let after: string | undefined;
      for (;;) {
        const batch = await readFeedOf(store, { after, batchSize: 3, streamPrefix: prefix });
        if (batch.events.length === 0) break;
        expect(batch.checkpoint).toBe(batch.events.at(-1)?.checkpoint);
        lean.push(...batch.events);
        after = batch.checkpoint;
      }
      expect(full).toHaveLength(10);
      const withoutTimeAndHashes = ({ recordedAt: _t, hash: _h, previousHash: _p, ...rest }: RecordedEvent) =>
        rest;
      if (store.readFeed === undefined) expect(lean).toEqual(full);
      else {
        expect(lean).toEqual(full.map(withoutTimeAndHashes));
        expect(lean.some((event) => 'hash' in event || 'recordedAt' in event)).toBe(false);
      }
    });

    it('resumes from a checkpoint: batches of 7 until empty, nothing twice, nothing lost', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('resume');
      const appendedIds: string[] = [];
      for (let index = 0; index < 10; index += 1) {
        const events = newEvents(1 + (index % 4), 'r');
        await store.appendToStream(`${prefix}${index % 3}`, events, { expectedRevision: 'any' });
        appendedIds.push(...events.map((event) => event.id));
      }
      expect(appendedIds).toHaveLength(23);

      const feed = await readFeed(store, prefix, 7);
      expect(feed).toHaveLength(appendedIds.length);
      expect(new Set(feed.map((event) => event.id)).size).toBe(appendedIds.length);
      expect(feed.map((event) => event.id)).toEqual(appendedIds);
      expectStrictlyIncreasing(feed);

      const fromMiddle = await store.readAll({
        after: feed[11]?.checkpoint,
        batchSize: 100,
        streamPrefix: prefix,
      });
      expect(fromMiddle.events.map((event) => event.id)).toEqual(appendedIds.slice(12));
    });

    it('headCheckpoint: reading after the end skips the history and gives what is appended afterwards', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('head');
      await store.appendToStream(`${prefix}a`, newEvents(3, 'old'), { expectedRevision: 'no_stream' });
      const head = await store.headCheckpoint();
      expect(head).toBeDefined();
      const nothingYet = await store.readAll({ after: head, batchSize: 100, streamPrefix: prefix });
      expect(nothingYet.events).toEqual([]);
      const later = newEvents(2, 'new');
      await store.appendToStream(`${prefix}a`, later.slice(0, 1), { expectedRevision: 2 });
      await store.appendToStream(`${prefix}b`, later.slice(1), { expectedRevision: 'no_stream' });
      const after = await store.readAll({ after: head, batchSize: 100, streamPrefix: prefix });
      expect(after.events.map((event) => event.id)).toEqual(later.map((event) => event.id));
    });

    it('an append result carries the global position of its last event', async () => {
      const { store } = context.current();
      const prefix = uniquePrefix('position');
      const result = await store.appendToStream(`${prefix}s`, newEvents(3), {
        expectedRevision: 'no_stream',
      });
      const feed = await readFeed(store, prefix, 10);
      expect(feed.at(-1)?.globalPosition).toBe(result.position);
    });
  });
}
