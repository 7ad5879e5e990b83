import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { InvalidAppendError, WrongExpectedRevisionError } from '@relocation/event-store';
import type { CheckpointStore, EventStore, NewEvent, RecordedEvent } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKurrentDbEventStore } from './kurrentDbEventStore.ts';
import { ReservedMetadataKeyError, STORE_METADATA_KEY } from './storeMetadata.ts';
import { idempotencyKeyHash, idempotencyStreamName } from './streamNames.ts';
import { kurrentDbServerSource, startKurrentDb } from './testing/kurrentDbServer.ts';
import type { RunningKurrentDb } from './testing/kurrentDbServer.ts';

const source = kurrentDbServerSource();
if (source.kind === 'none') {
  console.warn(source.reason);
}

let server: RunningKurrentDb | undefined;
const stores: EventStore[] = [];

function connectionString(): string {
  if (!server) {
    throw new Error('KurrentDB was not started');
  }
  return server.connectionString;
}

/** Every store gets its own namespace, so the tests share a server without cleaning up. */
function newStore(namespace = `kdb-test-${randomUUID()}/`): EventStore {
  const store = createKurrentDbEventStore({ connectionString: connectionString(), streamPrefix: namespace });
  stores.push(store);
  return store;
}

function event(type: string, data: NewEvent['data'] = {}): NewEvent {
  return { id: randomUUID(), type, data, metadata: { userId: 'u-1', organisation: 'municipality:0180' } };
}

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const recorded of events) {
    all.push(recorded);
  }
  return all;
}

function memoryCheckpoints(): CheckpointStore & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return {
    saved,
    load: async (id) => saved.get(id),
    store: async (id, checkpoint) => {
      saved.set(id, checkpoint);
    },
  };
}

describe.skipIf(source.kind === 'none')('KurrentDB event store (adapter specifics)', () => {
  beforeAll(async () => {
    server = await startKurrentDb(source);
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await server?.stop();
  });

  it('stores the hash chain in metadata and hands it back apart from the caller metadata', async () => {
    const store = newStore();
    const first = await store.appendToStream('relocation-1', [event('RelocationInitiated', { n: 'Åsa' })], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('relocation-1', [event('ConsentRecorded'), event('RelocationSubmitted')], {
      expectedRevision: first.nextRevision,
    });
    const events = await collect(store.readStream('relocation-1'));
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(events[0]?.data).toEqual({ n: 'Åsa' });
    expect(events[0]?.metadata).toEqual({ userId: 'u-1', organisation: 'municipality:0180' });
    expect(events[0]?.previousHash).toBeNull();
    expect(events[1]?.previousHash).toBe(events[0]?.hash);
    expect(events[2]?.previousHash).toBe(events[1]?.hash);
    expect(events.every((e) => !(STORE_METADATA_KEY in e.metadata))).toBe(true);
    expect(await store.verify()).toMatchObject({ ok: true, streamsChecked: 1, eventsChecked: 3 });
  });

  it('maps a server-side conflict to WrongExpectedRevisionError with the actual revision', async () => {
    const store = newStore();
    await store.appendToStream('s', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    const failure = store.appendToStream('s', [event('C')], { expectedRevision: 0 });
    await expect(failure).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(failure).rejects.toMatchObject({ expected: 0, actual: 1 });
  });

  it("keeps one chain when concurrent appends use 'any'", async () => {
    const store = newStore();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        store.appendToStream('busy', [event(`E${i}`)], { expectedRevision: 'any' }),
      ),
    );
    const events = await collect(store.readStream('busy'));
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await store.verify()).ok).toBe(true);
  });

  it('replays a keyed append whose key record was lost (a crash between the two writes)', async () => {
    const namespace = `kdb-test-${randomUUID()}/`;
    const store = newStore(namespace);
    const original = await store.appendToStream('keyed', [event('A'), event('B')], {
      expectedRevision: 'no_stream',
      idempotencyKey: 'command-1',
    });
    const raw = EventStoreDBClient.connectionString(connectionString());
    try {
      await raw.deleteStream(idempotencyStreamName(idempotencyKeyHash(namespace, 'command-1')));
    } finally {
      await raw.dispose();
    }
    const retry = await store.appendToStream('keyed', [event('Other')], {
      expectedRevision: 'no_stream',
      idempotencyKey: 'command-1',
    });
    expect(retry).toEqual({
      nextRevision: original.nextRevision,
      position: original.position,
      replayed: true,
    });
    expect((await collect(store.readStream('keyed'))).map((e) => e.type)).toEqual(['A', 'B']);
  });

  it('keeps stores with different prefixes apart', async () => {
    const a = newStore();
    const b = newStore();
    await a.appendToStream('same-name', [event('InA')], { expectedRevision: 'no_stream' });
    await b.appendToStream('same-name', [event('InB')], { expectedRevision: 'no_stream' });
    expect((await collect(a.readStream('same-name'))).map((e) => e.type)).toEqual(['InA']);
    expect((await a.readAll()).events.map((e) => e.type)).toEqual(['InA']);
  });

  it('reads the feed in batches from a checkpoint, with commit positions as global positions', async () => {
    const store = newStore();
    await store.appendToStream('x-1', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    await store.appendToStream('y-1', [event('C')], { expectedRevision: 'no_stream' });
    const first = await store.readAll({ batchSize: 2 });
    const second = await store.readAll({
      batchSize: 2,
      ...(first.checkpoint ? { after: first.checkpoint } : {}),
    });
    const all = [...first.events, ...second.events];
    expect(all.map((e) => e.type)).toEqual(['A', 'B', 'C']);
    expect(all.map((e) => e.globalPosition)).toEqual(
      [...all.map((e) => e.globalPosition)].sort((p, q) => (p < q ? -1 : 1)),
    );
    expect((await store.readAll({ streamPrefix: 'y-' })).events.map((e) => e.type)).toEqual(['C']);
    const end = await store.readAll({ ...(second.checkpoint ? { after: second.checkpoint } : {}) });
    expect(end).toEqual({ events: [], checkpoint: second.checkpoint });
  });

  it('subscribes to $all, stores the checkpoint after handling and resumes after it', async () => {
    const store = newStore();
    const checkpoints = memoryCheckpoints();
    await store.appendToStream('sub-1', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    const seen: string[] = [];
    const firstRun = store.subscribe({
      subscriberId: 'p',
      checkpoints,
      handle: async (e) => {
        seen.push(e.type);
      },
    });
    await expect.poll(() => seen.length).toBe(2);
    await firstRun.stop();
    expect(checkpoints.saved.get('p')).toBeDefined();

    await store.appendToStream('sub-1', [event('C')], { expectedRevision: 1 });
    const secondRun = store.subscribe({
      subscriberId: 'p',
      checkpoints,
      handle: async (e) => {
        seen.push(e.type);
      },
    });
    await expect.poll(() => seen.length).toBe(3);
    await secondRun.stop();
    expect(seen).toEqual(['A', 'B', 'C']);
  });

  it('rejects done when handle throws', async () => {
    const store = newStore();
    await store.appendToStream('sub-2', [event('A')], { expectedRevision: 'no_stream' });
    const subscription = store.subscribe({
      subscriberId: 'p',
      checkpoints: memoryCheckpoints(),
      handle: async () => {
        throw new Error('projection failed');
      },
    });
    await expect(subscription.done).rejects.toThrow('projection failed');
  });

  it('verify reports an event written around the store', async () => {
    const namespace = `kdb-test-${randomUUID()}/`;
    const store = newStore(namespace);
    await store.appendToStream('forged', [event('A')], { expectedRevision: 'no_stream' });
    const raw = EventStoreDBClient.connectionString(connectionString());
    try {
      await raw.appendToStream(`${namespace}forged`, jsonEvent({ type: 'Forged', data: {} }));
    } finally {
      await raw.dispose();
    }
    const report = await store.verify();
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('refuses event types KurrentDB reserves', async () => {
    const store = newStore();
    await expect(
      store.appendToStream('s', [event('$metadata')], { expectedRevision: 'any' }),
    ).rejects.toBeInstanceOf(InvalidAppendError);
  });

  it('refuses caller metadata under the reserved key', async () => {
    const store = newStore();
    const bad: NewEvent = { ...event('A'), metadata: { [STORE_METADATA_KEY]: 'mine' } };
    await expect(store.appendToStream('s', [bad], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
      ReservedMetadataKeyError,
    );
  });
});
