import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../port.ts';
import { collect, newEvent, newEvents, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

const bigStreamSize = 10_000;
const bigStreamBatch = 500;

export function largeDataContract(context: ContractContext): void {
  const timeout = context.capabilities.slowTestTimeoutMs;
  describe('large data', () => {
    it(
      'stores and returns a 1 MB string payload exactly',
      async () => {
        const { store } = context.current();
        const streamName = `${uniquePrefix('large')}relocation-1`;
        const text = `${'Åsa Öberg ⚠️ 中文 '.repeat(10)}${'x'.repeat(1_000_000 - 200)}`;
        const event = newEvent({ text }, { note: 'large' });
        await store.appendToStream(streamName, [event], { expectedRevision: 'no_stream' });
        const [read] = await collect(store.readStream(streamName));
        expect(read?.data).toStrictEqual({ text });
        expect((await store.verify({ streamPrefix: streamName })).ok).toBe(true);
      },
      timeout,
    );

    it(
      `appends a ${bigStreamSize}-event stream in batches of ${bigStreamBatch} and streams it back in order`,
      async () => {
        const { store } = context.current();
        const prefix = uniquePrefix('big');
        const streamName = `${prefix}relocation-1`;
        for (let start = 0; start < bigStreamSize; start += bigStreamBatch) {
          const events = Array.from({ length: bigStreamBatch }, (_, offset) =>
            newEvent({ n: start + offset }),
          );
          const result = await store.appendToStream(streamName, events, {
            expectedRevision: start === 0 ? 'no_stream' : start - 1,
          });
          expect(result.nextRevision).toBe(start + bigStreamBatch - 1);
        }

        // Iterate and count, keeping nothing: the read must stream rather than need the whole stream at once.
        let count = 0;
        let previousHash: string | null = null;
        for await (const event of store.readStream(streamName)) {
          expect(event.revision).toBe(count);
          expect(event.data).toStrictEqual({ n: count });
          expect(event.previousHash).toBe(previousHash);
          previousHash = event.hash;
          count += 1;
        }
        expect(count).toBe(bigStreamSize);

        const newest = await collect(store.readStream(streamName, { direction: 'backwards', maxCount: 3 }));
        expect(newest.map((event) => event.revision)).toEqual([9999, 9998, 9997]);
        const middle = await collect(store.readStream(streamName, { fromRevision: 5000, maxCount: 2 }));
        expect(middle.map((event) => event.revision)).toEqual([5000, 5001]);

        // Leaving a read early must release whatever the adapter holds (cursor, connection).
        for (let attempt = 0; attempt < 25; attempt += 1) {
          let seen = 0;
          for await (const event of store.readStream(streamName, { fromRevision: attempt * 100 })) {
            expect(event.revision).toBe(attempt * 100 + seen);
            seen += 1;
            if (seen === 10) break;
          }
          expect(seen).toBe(10);
        }
        const afterEarlyExits = await store.appendToStream(streamName, [newEvent({ n: bigStreamSize })], {
          expectedRevision: bigStreamSize - 1,
        });
        expect(afterEarlyExits.nextRevision).toBe(bigStreamSize);

        const report = await store.verify({ streamPrefix: prefix });
        expect(report).toMatchObject({ ok: true, streamsChecked: 1, eventsChecked: bigStreamSize + 1 });
      },
      timeout,
    );

    it(
      'reads the global feed of many events in batches',
      async () => {
        const { store } = context.current();
        const prefix = uniquePrefix('bigfeed');
        for (let index = 0; index < 10; index += 1) {
          await store.appendToStream(`${prefix}${index}`, newEvents(100), { expectedRevision: 'no_stream' });
        }
        let after: string | undefined;
        let total = 0;
        let last: RecordedEvent | undefined;
        for (;;) {
          const batch = await store.readAll({ after, batchSize: 128, streamPrefix: prefix });
          if (batch.events.length === 0) break;
          for (const event of batch.events) {
            if (last !== undefined) expect(event.globalPosition > last.globalPosition).toBe(true);
            last = event;
          }
          total += batch.events.length;
          after = batch.checkpoint;
        }
        expect(total).toBe(1000);
      },
      timeout,
    );
  });
}
