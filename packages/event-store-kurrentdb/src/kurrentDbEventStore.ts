import { EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreClosedError } from '@relocation/event-store';
import type { EventStore, ReadStreamOptions, RecordedEvent, Subscription } from '@relocation/event-store';
import { appendEvents } from './appendEvents.ts';
import { headCheckpoint, readAllEvents } from './readAllEvents.ts';
import { readStreamEvents } from './readStream.ts';
import { readIdempotencyRecord } from './idempotencyRecord.ts';
import { assertValidNamespace, idempotencyKeyHash } from './streamNames.ts';
import { subscribeToStore } from './subscribeToStore.ts';
import { verifyStore } from './verifyStore.ts';

export interface KurrentDbEventStoreOptions {
  /** For example `esdb://127.0.0.1:2113?tls=false` or `kurrentdb://...`. */
  readonly connectionString: string;
  /**
   * A namespace for every stream this store writes and sees: stream `relocation-1` is stored as
   * `<streamPrefix>relocation-1`. Default: none. Stores with different prefixes share a server without seeing
   * each other.
   */
  readonly streamPrefix?: string;
  /** How often an append with expected revision 'any' re-reads after losing a race (default 50). */
  readonly maxAppendAttempts?: number;
}

export function createKurrentDbEventStore(options: KurrentDbEventStoreOptions): EventStore {
  const namespace = options.streamPrefix ?? '';
  assertValidNamespace(namespace);
  const client = EventStoreDBClient.connectionString(options.connectionString);
  const context = { client, namespace, maxAttempts: options.maxAppendAttempts ?? 50 };
  let closed = false;
  const subscriptions = new Set<Subscription>();
  const open = (): void => {
    if (closed) {
      throw new EventStoreClosedError();
    }
  };

  return {
    async appendToStream(streamName, events, appendOptions) {
      open();
      return appendEvents(context, streamName, events, appendOptions);
    },
    async lookupIdempotencyKey(idempotencyKey) {
      open();
      // The key's record stream is written right after the append; a crash between the two leaves only the keyed
      // events, which the retried append itself still finds (appendEvents scans the target stream).
      return readIdempotencyRecord(client, idempotencyKeyHash(namespace, idempotencyKey));
    },
    readStream(streamName: string, readOptions?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
      open();
      return readStreamEvents(client, namespace, streamName, readOptions);
    },
    async readAll(readOptions) {
      open();
      return readAllEvents(client, namespace, readOptions);
    },
    async headCheckpoint() {
      open();
      return headCheckpoint(client);
    },
    subscribe(subscribeOptions) {
      open();
      const subscription = subscribeToStore(client, namespace, subscribeOptions);
      subscriptions.add(subscription);
      void subscription.done.then(
        () => subscriptions.delete(subscription),
        () => subscriptions.delete(subscription),
      );
      return subscription;
    },
    async verify(verifyOptions) {
      open();
      return verifyStore(client, namespace, verifyOptions?.streamPrefix);
    },
    async close() {
      if (closed) {
        return;
      }
      closed = true;
      // Subscriptions end first: on a disposed client they would only retry and fail.
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      await client.dispose();
    },
  };
}
