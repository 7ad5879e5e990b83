import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import {
  InvalidAppendError,
  WrongExpectedRevisionError,
  type Json,
  type RecordedEvent,
} from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from './createPgliteEventStore.ts';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { newEvent } from './testing/index.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

let db: PGlite;
let store: SqlEventStore;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName() });
});
afterAll(async () => {
  await store.close();
  await db.close();
});

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('appendToStream on PGlite', () => {
  it('stores data exactly as given: key order, unicode, control-character escapes and large numbers', async () => {
    const data: Json = {
      z: 1,
      a: [1.5, -0.25, 1e21, 9007199254740991],
      'ö-key': 'Åsa Öberg 🇸🇪',
      control: 'a\u0001b\tc', // U+0000 is refused on append (validateAppend), other escapes round-trip
      nested: { b: null, a: true },
    };
    await store.appendToStream('exact-1', [newEvent('Stored', data, { by: 'tester' })], {
      expectedRevision: 'no_stream',
    });
    const [event] = await collect(store.readStream('exact-1'));
    expect(JSON.stringify(event?.data)).toBe(JSON.stringify(data));
    expect(event?.metadata).toEqual({ by: 'tester' });
    expect((await store.verify({ streamPrefix: 'exact-' })).ok).toBe(true);
  });

  it('chains hashes across appends and moves the head', async () => {
    await store.appendToStream('chain-1', [newEvent('A'), newEvent('B')], { expectedRevision: 'no_stream' });
    const result = await store.appendToStream('chain-1', [newEvent('C')], { expectedRevision: 1 });
    expect(result.nextRevision).toBe(2);
    const events = await collect(store.readStream('chain-1'));
    expect(events.map((event) => event.revision)).toEqual([0, 1, 2]);
    expect(events[0]?.previousHash).toBeNull();
    expect(events[1]?.previousHash).toBe(events[0]?.hash);
    expect(events[2]?.previousHash).toBe(events[1]?.hash);
    expect(events[2]?.globalPosition).toBe(result.position);
  });

  it('rejects a wrong expected revision and writes nothing', async () => {
    await store.appendToStream('conflict-1', [newEvent('A')], { expectedRevision: 'no_stream' });
    const attempt = store.appendToStream('conflict-1', [newEvent('B')], { expectedRevision: 'no_stream' });
    await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(attempt).rejects.toMatchObject({ actual: 0 });
    await expect(
      store.appendToStream('conflict-2', [newEvent('A')], { expectedRevision: 3 }),
    ).rejects.toMatchObject({ actual: 'no_stream' });
    expect(await collect(store.readStream('conflict-1'))).toHaveLength(1);
    const heads = await store.driver.query(
      `SELECT * FROM ${store.schema}.streams WHERE stream_name = 'conflict-2'`,
    );
    expect(heads).toEqual([]);
  });

  it('rejects an event id that is not a UUID before touching the database', async () => {
    const event = { ...newEvent('A'), id: 'not-a-uuid' };
    await expect(
      store.appendToStream('bad-id-1', [event], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(InvalidAppendError);
  });

  it('stores an upper-case UUID in its canonical lower-case form, hashed as stored', async () => {
    const event = newEvent('A');
    await store.appendToStream('upper-1', [{ ...event, id: event.id.toUpperCase() }], {
      expectedRevision: 'no_stream',
    });
    const [stored] = await collect(store.readStream('upper-1'));
    expect(stored?.id).toBe(event.id.toLowerCase());
    expect((await store.verify({ streamPrefix: 'upper-' })).ok).toBe(true);
  });

  it('replays an append with a known idempotency key without writing, whatever the retry carries', async () => {
    const first = await store.appendToStream('idem-1', [newEvent('A'), newEvent('B')], {
      expectedRevision: 'no_stream',
      idempotencyKey: 'command-1',
    });
    const retry = await store.appendToStream('idem-1', [newEvent('Other')], {
      expectedRevision: 'no_stream',
      idempotencyKey: 'command-1',
    });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await collect(store.readStream('idem-1'))).toHaveLength(2);
    const elsewhere = await store.appendToStream('idem-2', [newEvent('A')], {
      expectedRevision: 'no_stream',
      idempotencyKey: 'command-1',
    });
    expect(elsewhere).toEqual({ ...first, replayed: true });
    const heads = await store.driver.query(
      `SELECT * FROM ${store.schema}.streams WHERE stream_name = 'idem-2'`,
    );
    expect(heads).toEqual([]);
  });
});
