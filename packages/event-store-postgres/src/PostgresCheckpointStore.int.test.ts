import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import type { CheckpointStore, RecordedEvent } from '@relocation/event-store';
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

describe('PostgresCheckpointStore', () => {
  it('keeps one checkpoint per subscriber and overwrites it', async () => {
    expect(await store.checkpoints.load('projector-a')).toBeUndefined();
    await store.checkpoints.store('projector-a', '10:3');
    await store.checkpoints.store('projector-b', '11:4');
    await store.checkpoints.store('projector-a', '12:7');
    expect(await store.checkpoints.load('projector-a')).toBe('12:7');
    expect(await store.checkpoints.load('projector-b')).toBe('11:4');
  });

  it('lets a subscription resume where the stored checkpoint says', async () => {
    await store.appendToStream('sub-1', [newEvent('First'), newEvent('Second')], {
      expectedRevision: 'no_stream',
    });
    let stored = 0;
    let twoStored!: () => void;
    const bothStored = new Promise<void>((resolve) => (twoStored = resolve));
    const counting: CheckpointStore = {
      load: (id) => store.checkpoints.load(id),
      async store(id, checkpoint) {
        await store.checkpoints.store(id, checkpoint);
        stored += 1;
        if (stored === 2) twoStored();
      },
    };
    const seen: RecordedEvent[] = [];
    const options = { subscriberId: 'sub-reader', streamPrefix: 'sub-', pollIntervalMs: 10 };
    const first = store.subscribe({
      ...options,
      checkpoints: counting,
      handle: async (event) => void seen.push(event),
    });
    await bothStored;
    await first.stop();
    expect(seen.map((event) => event.type)).toEqual(['First', 'Second']);
    expect(await store.checkpoints.load('sub-reader')).toBe(seen[1]?.checkpoint);

    await store.appendToStream('sub-1', [newEvent('Third')], { expectedRevision: 1 });
    let resumed!: (event: RecordedEvent) => void;
    const next = new Promise<RecordedEvent>((resolve) => (resumed = resolve));
    const second = store.subscribe({
      ...options,
      checkpoints: store.checkpoints,
      handle: async (event) => resumed(event),
    });
    expect((await next).type).toBe('Third');
    await second.stop();
  });
});
