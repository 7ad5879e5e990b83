import { InvalidAppendError, WrongExpectedRevisionError } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { newEvent } from './testing/index.ts';

/**
 * Group commit and head hints, on whichever driver `open` gives: `open(schema?)` returns a store with group commit
 * on, in a new schema, or in `schema` when given (a second store of the same tables).
 */
export function describeGroupCommit(
  name: string,
  open: (schema?: string) => Promise<SqlEventStore>,
  close: () => Promise<void>,
): void {
  describe(`group commit on ${name}`, () => {
    it('gathers concurrent appends into one transaction; an append whose check fails fails alone', async () => {
      const store = await open();
      const streams = Array.from({ length: 8 }, (_, index) => `gather-${index}`);
      const taken = newEvent('Taken');
      for (const stream of streams) {
        await store.appendToStream(stream, [stream === 'gather-0' ? taken : newEvent('Opened')], {
          expectedRevision: 'no_stream',
          idempotencyKey: `opened-${stream}`,
        });
      }
      const before = await store.driver.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM "${store.schema}".events`,
      );

      const [good1, good2, good3, wrong, replay, created] = await Promise.allSettled([
        store.appendToStream('gather-1', [newEvent('Moved')], { expectedRevision: 0 }),
        store.appendToStream('gather-2', [newEvent('Moved'), newEvent('Moved')], { expectedRevision: 0 }),
        store.appendToStream('gather-3', [newEvent('Moved')], { expectedRevision: 'any' }),
        store.appendToStream('gather-4', [newEvent('Moved')], { expectedRevision: 5 }),
        store.appendToStream('gather-6', [newEvent('Moved')], {
          expectedRevision: 3,
          idempotencyKey: 'opened-gather-6',
        }),
        store.appendToStream('gather-new', [newEvent('Opened')], {
          expectedRevision: 'no_stream',
          idempotencyKey: 'opened-gather-new',
        }),
      ]);
      expect(good1).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1, replayed: false } });
      expect(good2).toMatchObject({ status: 'fulfilled', value: { nextRevision: 2, replayed: false } });
      expect(good3).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1, replayed: false } });
      expect(wrong).toMatchObject({ status: 'rejected' });
      expect(wrong.status === 'rejected' && wrong.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(replay).toMatchObject({ status: 'fulfilled', value: { nextRevision: 0, replayed: true } });
      expect(created).toMatchObject({ status: 'fulfilled', value: { nextRevision: 0, replayed: false } });

      // Five events written (1 + 2 + 1 + 1 new stream), nothing of the refused appends.
      const rows = await store.driver.query<{ stream_name: string; transaction_id: string }>(
        // Ordered by the columns: the alias is text, and '10' sorts before '9'.
        `SELECT e.stream_name, e.transaction_id::text AS transaction_id FROM "${store.schema}".events e
         ORDER BY e.transaction_id, e.global_position OFFSET $1`,
        [Number(before[0]?.n)],
      );
      expect(rows.map((row) => row.stream_name).sort()).toEqual(
        ['gather-1', 'gather-2', 'gather-2', 'gather-3', 'gather-new'].sort(),
      );
      // The first append went alone; everything that arrived while it was on its way went in one transaction.
      expect(new Set(rows.map((row) => row.transaction_id)).size).toBeLessThanOrEqual(2);
      const positions = [good1, good2, good3, created].map((outcome) =>
        outcome.status === 'fulfilled' ? outcome.value.position : -1n,
      );
      expect(new Set(positions).size).toBe(4);
      expect(await store.verify({ streamPrefix: 'gather-' })).toMatchObject({ ok: true, eventsChecked: 13 });

      // An event id already stored fails the whole statement; each append is then retried alone.
      const [after1, duplicateId, after2] = await Promise.allSettled([
        store.appendToStream('gather-1', [newEvent('Moved')], { expectedRevision: 1 }),
        store.appendToStream('gather-5', [{ ...newEvent('Moved'), id: taken.id }], { expectedRevision: 0 }),
        store.appendToStream('gather-7', [newEvent('Moved')], { expectedRevision: 0 }),
      ]);
      expect(duplicateId.status === 'rejected' && duplicateId.reason).toBeInstanceOf(InvalidAppendError);
      expect(after1).toMatchObject({ status: 'fulfilled', value: { nextRevision: 2, replayed: false } });
      expect(after2).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1, replayed: false } });
      expect(await store.verify({ streamPrefix: 'gather-' })).toMatchObject({ ok: true, eventsChecked: 15 });
      await close();
    });

    it('settles appends of one stream gathered in one statement: the first that fits wins', async () => {
      const store = await open();
      await store.appendToStream('same-1', [newEvent('Opened')], { expectedRevision: 'no_stream' });
      const [, first, second, any, created, twice] = await Promise.allSettled([
        // Goes alone; everything after it is gathered into the next statement.
        store.appendToStream('same-0', [newEvent('Opened')], { expectedRevision: 'no_stream' }),
        store.appendToStream('same-1', [newEvent('Moved')], { expectedRevision: 0 }),
        store.appendToStream('same-1', [newEvent('Moved')], { expectedRevision: 0 }),
        store.appendToStream('same-1', [newEvent('Moved'), newEvent('Moved')], { expectedRevision: 'any' }),
        store.appendToStream('same-new', [newEvent('Opened')], { expectedRevision: 'no_stream' }),
        store.appendToStream('same-new', [newEvent('Opened')], { expectedRevision: 'no_stream' }),
      ]);
      expect(first).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1, replayed: false } });
      expect(second.status === 'rejected' && second.reason).toBeInstanceOf(WrongExpectedRevisionError);
      // Hashed against the head the winner left, and sent again.
      expect(any).toMatchObject({ status: 'fulfilled', value: { nextRevision: 3, replayed: false } });
      expect(created).toMatchObject({ status: 'fulfilled', value: { nextRevision: 0, replayed: false } });
      expect(twice.status === 'rejected' && twice.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.verify({ streamPrefix: 'same-' })).toMatchObject({ ok: true, eventsChecked: 6 });
      await close();
    });

    it('appends once when one command is retried on two streams in the same batch', async () => {
      const store = await open();
      await store.appendToStream('retry-0', [newEvent('Opened')], { expectedRevision: 'no_stream' });
      const results = await Promise.all(
        ['retry-0', 'retry-a', 'retry-b'].map((stream) =>
          store.appendToStream(stream, [newEvent('Done')], {
            expectedRevision: 'any',
            idempotencyKey: 'command-1',
          }),
        ),
      );
      expect(results.filter((result) => !result.replayed)).toHaveLength(1);
      const first = results.find((result) => !result.replayed);
      for (const result of results) expect(result).toEqual({ ...first, replayed: result.replayed });
      await close();
    });

    it('hashes again against the real head when another writer moved it', async () => {
      const store = await open();
      const other = await open(store.schema);
      await store.appendToStream('moved-1', [newEvent('A')], { expectedRevision: 'no_stream' });
      // The other store has never seen this stream: it asks for the head, then appends.
      await other.appendToStream('moved-1', [newEvent('B')], { expectedRevision: 0 });
      // This store's hint (revision 0) is stale now.
      await expect(
        store.appendToStream('moved-1', [newEvent('C')], { expectedRevision: 0 }),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      const result = await store.appendToStream('moved-1', [newEvent('C')], { expectedRevision: 'any' });
      expect(result.nextRevision).toBe(2);
      await store.appendToStream('moved-1', [newEvent('D')], { expectedRevision: 2 });
      expect(await store.verify({ streamPrefix: 'moved-' })).toMatchObject({ ok: true, eventsChecked: 4 });
      await close();
    });
  });
}
