import { describe, expect, it } from 'vitest';
import { InvalidAppendError } from '../../errors.ts';
import { hashEvent } from '../../hashEvent.ts';
import type { Json, NewEvent, RecordedEvent } from '../../port.ts';
import { collect, newEvent, uniquePrefix } from '../fixtures.ts';
import type { ContractContext } from '../harness.ts';

function expectRecorded(
  recorded: RecordedEvent,
  appended: NewEvent,
  streamName: string,
  revision: number,
): void {
  expect(recorded.id).toBe(appended.id);
  expect(recorded.type).toBe(appended.type);
  expect(recorded.data).toStrictEqual(appended.data);
  expect(recorded.metadata).toStrictEqual(appended.metadata);
  expect(recorded.streamName).toBe(streamName);
  expect(recorded.revision).toBe(revision);
  expect(typeof recorded.globalPosition).toBe('bigint');
  expect(typeof recorded.checkpoint).toBe('string');
  expect(recorded.recordedAt).toBeInstanceOf(Date);
  expect(Number.isNaN(recorded.recordedAt.getTime())).toBe(false);
}

export function appendAndReadContract(context: ContractContext): void {
  describe('append and read back', () => {
    it('round-trips JSON exactly, unicode and nested metadata included', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('roundtrip')}relocation-1`;
      const events = [
        newEvent(
          {
            name: 'Åsa Öberg ⚠️ 中文',
            emoji: '👩‍👧‍👦',
            escapes: 'quote " backslash \\ newline \n tab \t nul-ish \u0001',
            numbers: [0, -1, 1.5, 1e-7, 1e21, 9007199254740991],
            flags: [true, false, null],
            empty: { list: [], object: {} },
          },
          {
            actor: { userId: 'u-1', organisation: 'municipality:0180', roles: ['caseworker'] },
            correlationId: 'c-1',
            causationId: null,
            nested: { deeper: { deepest: ['Åsa', { x: 1 }] } },
          },
          'RelocationInitiated',
        ),
        newEvent('a plain string', {}),
        newEvent(42, {}),
        newEvent(null, {}),
        newEvent([1, 'two', { three: 3 }], { 'key with spaces': 'värde' }),
      ];
      const result = await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
      expect(result.nextRevision).toBe(events.length - 1);
      expect(result.replayed).toBe(false);

      const read = await collect(store.readStream(streamName));
      expect(read).toHaveLength(events.length);
      read.forEach((recorded, index) =>
        expectRecorded(recorded, events[index] as NewEvent, streamName, index),
      );
      expect(read.at(-1)?.globalPosition).toBe(result.position);
    });

    it('numbers revisions from 0 and chains each hash to the previous event', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('chain')}relocation-1`;
      const first = await store.appendToStream(streamName, [newEvent({ n: 0 })], {
        expectedRevision: 'no_stream',
      });
      expect(first.nextRevision).toBe(0);
      const second = await store.appendToStream(streamName, [newEvent({ n: 1 }), newEvent({ n: 2 })], {
        expectedRevision: 0,
      });
      expect(second.nextRevision).toBe(2);
      expect(second.position > first.position).toBe(true);

      const read = await collect(store.readStream(streamName));
      expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
      let previousHash: string | null = null;
      for (const event of read) {
        expect(event.previousHash).toBe(previousHash);
        expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(event.hash).toBe(hashEvent(event));
        previousHash = event.hash;
      }
    });

    it('reading a stream that does not exist yields nothing', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('missing')}relocation-1`;
      expect(await collect(store.readStream(streamName))).toEqual([]);
      expect(await collect(store.readStream(streamName, { direction: 'backwards' }))).toEqual([]);
      expect(await collect(store.readStream(streamName, { fromRevision: 3 }))).toEqual([]);
    });

    it('refuses an empty batch and writes nothing', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('empty')}relocation-1`;
      await expect(store.appendToStream(streamName, [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
        InvalidAppendError,
      );
      expect(await collect(store.readStream(streamName))).toEqual([]);
    });

    it('drops object members that are undefined, as JSON does, and hashes what it keeps', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('undefined')}relocation-1`;
      const data = { kept: 1, dropped: undefined } as unknown as Json;
      const metadata = { note: undefined } as unknown as Record<string, Json>;
      await store.appendToStream(streamName, [newEvent(data, metadata)], { expectedRevision: 'no_stream' });
      const [read] = await collect(store.readStream(streamName));
      expect(read?.data).toStrictEqual({ kept: 1 });
      expect(read?.metadata).toStrictEqual({});
      expect(read === undefined ? undefined : hashEvent(read)).toBe(read?.hash);
    });

    it('refuses data JSON cannot hold exactly and writes nothing', async () => {
      const { store } = context.current();
      const streamName = `${uniquePrefix('notjson')}relocation-1`;
      const invalid: unknown[] = [
        { at: new Date(0) },
        { n: Number.NaN },
        [undefined],
        [Number.POSITIVE_INFINITY],
        // What the read models' jsonb cannot hold is not stored either (issue 10): U+0000, lone surrogates.
        { documentReference: 'a\u0000b' },
        { userId: 'a\ud800' },
      ];
      for (const data of invalid) {
        const event = { ...newEvent(), data: data as Json };
        await expect(
          store.appendToStream(streamName, [newEvent(), event], { expectedRevision: 'any' }),
        ).rejects.toBeInstanceOf(InvalidAppendError);
      }
      const nulInMetadata = { ...newEvent(), metadata: { actor: { userId: 'a\u0000b' } } };
      await expect(
        store.appendToStream(streamName, [nulInMetadata], { expectedRevision: 'any' }),
      ).rejects.toThrow(/U\+0000/);
      expect(await collect(store.readStream(streamName))).toEqual([]);
    });
  });
}
