import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { createInMemoryCheckpointStore, type RecordedEvent } from '@relocation/event-store';
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

describe('subscribe', () => {
  it('wakes at once when this process appends, instead of at the next poll', async () => {
    let delivered!: (event: RecordedEvent) => void;
    const first = new Promise<RecordedEvent>((resolve) => (delivered = resolve));
    const subscription = store.subscribe({
      subscriberId: 'waker',
      checkpoints: createInMemoryCheckpointStore(),
      streamPrefix: 'wake-',
      pollIntervalMs: 600_000,
      handle: async (event) => delivered(event),
    });
    await store.appendToStream('wake-1', [newEvent('Woken')], { expectedRevision: 'no_stream' });
    expect((await first).type).toBe('Woken');
    await subscription.stop();
  });

  it('stops its subscriptions when the store closes', async () => {
    const own = await createPgliteEventStore({ db, schema: uniqueSchemaName() });
    const subscription = own.subscribe({
      subscriberId: 'closer',
      checkpoints: createInMemoryCheckpointStore(),
      pollIntervalMs: 600_000,
      handle: async () => undefined,
    });
    await own.close();
    await expect(subscription.done).resolves.toBeUndefined();
  });
});
