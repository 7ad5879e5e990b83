import type { RecordedEvent } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlEventStore, type SqlEventStore } from './createSqlEventStore.ts';
import { createPgDriver, type SqlDriver } from '@relocation/postgres';
import { newEvent } from './testing/index.ts';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';

const url = databaseUrlOrWarn('the PostgreSQL global feed tests');

/**
 * A driver whose append transaction waits for `release()` at one point: before it commits (`at: 'commit'`, all its
 * work done), or right after it took its transaction id (`at: 'start'`, nothing else done yet). The one-call path
 * appends with a single autocommitted `append_batch` statement; here that statement runs in an explicit transaction
 * instead, which is the same work, so that it can be held open.
 */
function holdingDriver(inner: SqlDriver, at: 'start' | 'commit') {
  let reached!: () => void;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const hold = async (): Promise<void> => {
    reached();
    await released;
  };
  const transaction: SqlDriver['transaction'] = (fn) =>
    inner.transaction(async (tx) => {
      if (at === 'start') {
        await tx.query('SELECT pg_current_xact_id()');
        await hold();
      }
      const value = await fn(tx);
      if (at === 'commit') await hold();
      return value;
    });
  const driver: SqlDriver = {
    ...inner,
    query: (text, params) =>
      text.includes('.append_batch(')
        ? transaction((tx) => tx.query(text, params))
        : inner.query(text, params),
    transaction,
  };
  return { driver, held, release };
}

describe.skipIf(!url).each(['one-call', 'transaction'] as const)(
  'readAll on PostgreSQL, %s appends',
  (appendPath) => {
    const schema = uniqueSchemaName('feed');
    let inner: SqlDriver;
    let store: SqlEventStore;

    beforeAll(async () => {
      inner = createPgDriver({ connectionString: url as string, max: 4 });
      store = await createSqlEventStore({ driver: inner, schema, appendPath });
    });
    afterAll(async () => {
      await store.close();
    });

    it('waits for a transaction that commits after a later one, instead of skipping its event', async () => {
      await store.appendToStream('ooo-first', [newEvent('Before')], { expectedRevision: 'no_stream' });
      const start = await store.readAll({ streamPrefix: 'ooo-' });
      expect(start.events.map((event) => event.type)).toEqual(['Before']);

      // The slow append takes its transaction id and global position first, then holds its commit open.
      const holding = holdingDriver(inner, 'commit');
      const slowStore = await createSqlEventStore({
        driver: holding.driver,
        schema,
        migrate: false,
        appendPath,
      });
      const slow = slowStore.appendToStream('ooo-slow', [newEvent('Slow')], {
        expectedRevision: 'no_stream',
      });
      await holding.held;
      const fast = await store.appendToStream('ooo-fast', [newEvent('Fast')], {
        expectedRevision: 'no_stream',
      });

      // The later append is committed and visible to a plain query, with a higher position than the open one's...
      const visible = await inner.query<{ stream_name: string; global_position: string }>(
        `SELECT stream_name, global_position::text AS global_position FROM "${schema}".events
       WHERE stream_name = 'ooo-fast'`,
      );
      expect(visible.map((row) => BigInt(row.global_position))).toEqual([fast.position]);
      // ...but the feed does not hand it out while an older transaction is still running.
      const whileOpen = await store.readAll({ after: start.checkpoint, streamPrefix: 'ooo-' });
      expect(whileOpen.events).toEqual([]);
      expect(whileOpen.checkpoint).toBe(start.checkpoint);

      holding.release();
      const slowResult = await slow;
      expect(slowResult.position).toBeLessThan(fast.position);

      const afterCommit = await store.readAll({ after: start.checkpoint, streamPrefix: 'ooo-' });
      expect(afterCommit.events.map((event: RecordedEvent) => event.type)).toEqual(['Slow', 'Fast']);
      expect(afterCommit.events.map((event) => event.globalPosition)).toEqual([
        slowResult.position,
        fast.position,
      ]);
      const rest = await store.readAll({ after: afterCommit.checkpoint, streamPrefix: 'ooo-' });
      expect(rest.events).toEqual([]);
    });

    it('gives positions in feed order even when the older transaction inserts after the newer one commits', async () => {
      const start = await store.readAll({ streamPrefix: 'late-' });
      const holding = holdingDriver(inner, 'start');
      const lateStore = await createSqlEventStore({
        driver: holding.driver,
        schema,
        migrate: false,
        appendPath,
      });
      const late = lateStore.appendToStream('late-older', [newEvent('Older'), newEvent('Older')], {
        expectedRevision: 'no_stream',
      });
      await holding.held;
      const newer = await store.appendToStream('late-newer', [newEvent('Newer')], {
        expectedRevision: 'no_stream',
      });
      expect((await store.readAll({ after: start.checkpoint, streamPrefix: 'late-' })).events).toEqual([]);
      holding.release();
      const older = await late;

      // A sequence would have numbered the older transaction's rows after the newer one's.
      expect(older.position).toBeLessThan(newer.position);
      const feed = await store.readAll({ after: start.checkpoint, streamPrefix: 'late-' });
      expect(feed.events.map((event) => event.type)).toEqual(['Older', 'Older', 'Newer']);
      const positions = feed.events.map((event) => event.globalPosition);
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(positions).size).toBe(3);
    });

    it('resumes exactly after a checkpoint in batches, and rejects a checkpoint it did not write', async () => {
      const events = Array.from({ length: 7 }, (_, index) => newEvent('Paged', { index }));
      await store.appendToStream('page-a', events.slice(0, 4), { expectedRevision: 'no_stream' });
      await store.appendToStream('page-b', events.slice(4), { expectedRevision: 'no_stream' });
      const seen: unknown[] = [];
      let after: string | undefined;
      for (;;) {
        const batch = await store.readAll({ after, batchSize: 3, streamPrefix: 'page-' });
        if (batch.events.length === 0) break;
        seen.push(...batch.events.map((event) => event.data));
        after = batch.checkpoint;
      }
      expect(seen).toEqual(events.map((event) => event.data));
      await expect(store.readAll({ after: 'position-12' })).rejects.toMatchObject({
        code: 'INVALID_CHECKPOINT',
      });
    });

    it('gives the recording time to the millisecond, its microseconds cut off', async () => {
      await store.appendToStream('recorded-at', [newEvent('Timed')], { expectedRevision: 'no_stream' });
      const [stored] = await inner.query<{ micros: string }>(
        `SELECT (extract(epoch FROM recorded_at) * 1000000)::int8::text AS micros
         FROM "${schema}".events WHERE stream_name = 'recorded-at'`,
      );
      const [read] = (await store.readAll({ streamPrefix: 'recorded-at' })).events;
      expect(read?.recordedAt.getTime()).toBe(Number(BigInt(stored?.micros ?? '0') / 1000n));
      for await (const event of store.readStream('recorded-at'))
        expect(event.recordedAt).toEqual(read?.recordedAt);
    });
  },
);
