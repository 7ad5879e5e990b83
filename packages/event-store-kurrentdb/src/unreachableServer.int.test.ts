import { randomUUID } from 'node:crypto';
import { UnavailableError } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import { createKurrentDbEventStore } from './kurrentDbEventStore.ts';

// Nothing listens on port 1: every call reaches the real client and fails at the network, no server is imitated.
const unreachable = 'esdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1';

function newStore() {
  return createKurrentDbEventStore({
    connectionString: unreachable,
    streamPrefix: `unreachable-${randomUUID()}/`,
  });
}

describe('with the server unreachable', () => {
  it("append, reads and verify fail with the client's UnavailableError", async () => {
    const store = newStore();
    try {
      const event = { id: randomUUID(), type: 'A', data: null, metadata: {} };
      await expect(store.appendToStream('s', [event], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
        UnavailableError,
      );
      await expect(store.readAll()).rejects.toBeInstanceOf(UnavailableError);
      await expect(store.verify()).rejects.toBeInstanceOf(UnavailableError);
      const read = async () => {
        for await (const _event of store.readStream('s')) {
          throw new Error('nothing can be read');
        }
      };
      await expect(read()).rejects.toBeInstanceOf(UnavailableError);
    } finally {
      await store.close();
    }
  });

  it('a subscription tells onError and keeps resubscribing until stopped', async () => {
    const store = newStore();
    const errors: unknown[] = [];
    let reportedTwice: () => void = () => undefined;
    const twice = new Promise<void>((resolve) => {
      reportedTwice = resolve;
    });
    const subscription = store.subscribe({
      subscriberId: 'p',
      checkpoints: { load: async () => undefined, store: async () => undefined },
      handle: async () => undefined,
      onError: (error) => {
        errors.push(error);
        if (errors.length === 2) reportedTwice();
      },
    });
    await twice;
    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
    expect(errors.every((error) => error instanceof UnavailableError)).toBe(true);
    await store.close();
  });

  it('a closed store refuses calls', async () => {
    const store = newStore();
    await store.close();
    await expect(store.readAll()).rejects.toThrow('closed');
  });
});
