import type { PGlite } from '@electric-sql/pglite';
import type { RecordedEvent } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from './createPgliteEventStore.ts';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { newPglite, quoteSchema, type SqlQueryable } from '@relocation/postgres';
import { readStream } from './readStream.ts';
import { newEvent } from './testing/index.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

let db: PGlite;
let store: SqlEventStore;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName() });
  const events = Array.from({ length: 10 }, (_, index) => newEvent('Counted', { index }));
  await store.appendToStream('paged', events, { expectedRevision: 'no_stream' });
});
afterAll(async () => {
  await store.close();
  await db.close();
});

/** Reads with pages of 3 rows and counts the queries, to show a stream is never read in one query. */
async function read(
  options: Parameters<typeof readStream>[3],
): Promise<{ revisions: number[]; queries: number }> {
  let queries = 0;
  const counting: SqlQueryable = {
    query<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
      queries += 1;
      return store.driver.query<R>(text, params);
    },
  };
  const revisions: number[] = [];
  const events: AsyncIterable<RecordedEvent> = readStream(
    counting,
    quoteSchema(store.schema),
    'paged',
    options,
    3,
  );
  for await (const event of events) revisions.push(event.revision);
  return { revisions, queries };
}

describe('readStream', () => {
  it('pages forwards through the stream', async () => {
    expect(await read({})).toEqual({ revisions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], queries: 4 });
  });

  it('pages backwards from the end or from a revision', async () => {
    expect((await read({ direction: 'backwards' })).revisions).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect((await read({ direction: 'backwards', fromRevision: 4 })).revisions).toEqual([4, 3, 2, 1, 0]);
  });

  it('honours fromRevision and maxCount without reading past them', async () => {
    expect(await read({ fromRevision: 2, maxCount: 5 })).toEqual({ revisions: [2, 3, 4, 5, 6], queries: 2 });
    expect((await read({ fromRevision: 20 })).revisions).toEqual([]);
  });

  it('reads an unknown stream as empty', async () => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream('missing')) events.push(event);
    expect(events).toEqual([]);
  });
});
