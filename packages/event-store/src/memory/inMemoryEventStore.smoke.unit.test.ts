import { describe, expect, it } from 'vitest';
import { WrongExpectedRevisionError } from '../errors.ts';
import { createInMemoryEventStore } from './createInMemoryEventStore.ts';

describe('in-memory event store (smoke)', () => {
  it('appends, reads back, rejects a stale revision and verifies', async () => {
    const store = createInMemoryEventStore({ now: () => new Date('2026-01-01T00:00:00Z') });
    const event = (id: string) => ({ id, type: 'T', data: { id }, metadata: {} });
    await store.appendToStream('s-1', [event('a'), event('b')], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream('s-1', [event('c')], { expectedRevision: 0 })).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    const read = [];
    for await (const recorded of store.readStream('s-1')) read.push(recorded);
    expect(read.map((recorded) => [recorded.revision, recorded.checkpoint])).toEqual([
      [0, '1'],
      [1, '2'],
    ]);
    expect((await store.verify()).ok).toBe(true);
    await store.tamper.changeData('s-1', 1, { id: 'x' });
    expect((await store.verify()).problems.map((problem) => problem.kind)).toEqual(['changed']);
    await store.close();
  });
});
