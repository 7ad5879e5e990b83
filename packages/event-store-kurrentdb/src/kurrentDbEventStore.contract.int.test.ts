import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '@relocation/event-store/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { createKurrentDbEventStore } from './kurrentDbEventStore.ts';
import { kurrentDbServerSource, startKurrentDb } from './testing/kurrentDbServer.ts';
import type { RunningKurrentDb } from './testing/kurrentDbServer.ts';

const source = kurrentDbServerSource();
if (source.kind === 'none') {
  console.warn(source.reason);
}

describe.skipIf(source.kind === 'none')('KurrentDB', () => {
  let server: RunningKurrentDb | undefined;
  beforeAll(async () => {
    server = await startKurrentDb(source);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  });

  describeEventStoreContract('KurrentDB', {
    async create() {
      if (!server) {
        throw new Error('KurrentDB was not started');
      }
      // A namespace of its own: the run shares the server with earlier runs and other test files.
      const store = createKurrentDbEventStore({
        connectionString: server.connectionString,
        streamPrefix: `contract-run-${randomUUID()}/`,
      });
      // No tamper hooks: KurrentDB events are immutable on the server, so an event cannot be changed, removed,
      // swapped or inserted at a revision behind the store's back; those contract tests skip themselves.
      return { store, teardown: () => store.close() };
    },
    capabilities: {
      // KurrentDB keeps no stream head apart from the events: a removed newest event is not detectable.
      detectsTruncation: false,
      // A push subscription and a network hop: leave more time than the in-process stores need.
      testTimeoutMs: 60_000,
    },
  });
});
