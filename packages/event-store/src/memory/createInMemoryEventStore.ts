import { chainEvents } from '../chainEvents.ts';
import { checkExpectedRevision } from '../checkExpectedRevision.ts';
import { EventStoreClosedError, InvalidCheckpointError } from '../errors.ts';
import type { AppendResult, EventStore, ReadAllBatch, RecordedEvent, Subscription } from '../port.ts';
import { subscribeByPolling } from '../subscribe.ts';
import type { TamperHooks } from '../tamperHooks.ts';
import { validateAppend } from '../validateAppend.ts';
import { buildVerifyReport } from '../verify/buildVerifyReport.ts';
import { verifyFeedOrder } from '../verify/verifyFeedOrder.ts';
import { createAppendNotifier } from './appendNotifier.ts';
import { createInMemoryTamperHooks } from './createInMemoryTamperHooks.ts';
import { createInMemoryState, toStoredJson } from './inMemoryState.ts';
import { readStoredStream } from './readStoredStream.ts';

export interface InMemoryEventStoreOptions {
  /** Clock for recordedAt; default: the system clock. */
  readonly now?: () => Date;
}

export interface InMemoryEventStore extends EventStore {
  /** Edits storage behind the store's back, for verification tests. */
  readonly tamper: Required<TamperHooks>;
}

const defaultReadAllBatchSize = 500;

/**
 * A complete event store in process memory, for unit tests and tools. Global positions start at 1; a checkpoint is
 * the global position as a decimal string. Subscriptions are woken as soon as something is appended.
 */
export function createInMemoryEventStore(options: InMemoryEventStoreOptions = {}): InMemoryEventStore {
  const now = options.now ?? (() => new Date());
  const state = createInMemoryState();
  const notifier = createAppendNotifier();
  const subscriptions = new Set<Subscription>();
  let closed = false;
  const assertOpen = (): void => {
    if (closed) throw new EventStoreClosedError();
  };

  const store: InMemoryEventStore = {
    tamper: createInMemoryTamperHooks(state, now),

    appendToStream(streamName, events, appendOptions) {
      return Promise.resolve().then((): AppendResult => {
        assertOpen();
        validateAppend(streamName, events, appendOptions);
        const key = appendOptions.idempotencyKey;
        const earlier = key === undefined ? undefined : state.idempotency.get(key);
        if (earlier !== undefined) {
          const { streamName: _stream, ...result } = earlier;
          return { ...result, replayed: true };
        }

        const head = state.heads.get(streamName);
        checkExpectedRevision(streamName, appendOptions.expectedRevision, head?.revision ?? 'no_stream');
        const stored = events.map((event) => ({
          ...event,
          data: toStoredJson(event.data),
          metadata: toStoredJson(event.metadata),
        }));
        const recordedAt = now();
        const stream = state.streams.get(streamName) ?? [];
        let last: RecordedEvent | undefined;
        for (const chained of chainEvents(streamName, head, stored)) {
          const globalPosition = state.nextPosition;
          state.nextPosition += 1n;
          last = {
            id: chained.event.id,
            type: chained.event.type,
            data: chained.event.data,
            metadata: chained.event.metadata,
            streamName,
            revision: chained.revision,
            globalPosition,
            checkpoint: globalPosition.toString(),
            recordedAt,
            hash: chained.hash,
            previousHash: chained.previousHash,
          };
          stream.push(last);
          state.log.push(last);
        }
        if (last === undefined) throw new Error('unreachable: validateAppend refuses an empty batch');
        state.streams.set(streamName, stream);
        state.heads.set(streamName, { revision: last.revision, hash: last.hash });
        const result: AppendResult = {
          nextRevision: last.revision,
          position: last.globalPosition,
          replayed: false,
        };
        if (key !== undefined) state.idempotency.set(key, { ...result, streamName });
        notifier.notify();
        return result;
      });
    },

    lookupIdempotencyKey(idempotencyKey) {
      return Promise.resolve().then(() => {
        assertOpen();
        const found = state.idempotency.get(idempotencyKey);
        return found === undefined
          ? undefined
          : { streamName: found.streamName, nextRevision: found.nextRevision, position: found.position };
      });
    },

    async *readStream(streamName, readOptions = {}) {
      assertOpen();
      yield* readStoredStream(state.streams.get(streamName) ?? [], readOptions);
    },

    readAll(readOptions = {}) {
      return Promise.resolve().then((): ReadAllBatch => {
        assertOpen();
        const after = parseCheckpoint(readOptions.after);
        const batchSize = readOptions.batchSize ?? defaultReadAllBatchSize;
        const prefix = readOptions.streamPrefix ?? '';
        const events: RecordedEvent[] = [];
        for (let index = firstAfter(state.log, after); index < state.log.length; index += 1) {
          if (events.length >= batchSize) break;
          const event = state.log[index] as RecordedEvent;
          if (event.streamName.startsWith(prefix)) events.push(structuredClone(event));
        }
        return { events, checkpoint: events.at(-1)?.checkpoint ?? readOptions.after };
      });
    },

    headCheckpoint() {
      return Promise.resolve().then(() => {
        assertOpen();
        return state.log.at(-1)?.checkpoint;
      });
    },

    subscribe(subscribeOptions) {
      assertOpen();
      const subscription = subscribeByPolling(store, subscribeOptions, { watchForAppends: notifier.watch });
      subscriptions.add(subscription);
      void subscription.done.then(
        () => subscriptions.delete(subscription),
        () => subscriptions.delete(subscription),
      );
      return subscription;
    },

    verify(verifyOptions = {}) {
      return Promise.resolve().then(async () => {
        assertOpen();
        const prefix = verifyOptions.streamPrefix ?? '';
        const names = [...state.streams.keys()].filter((name) => name.startsWith(prefix)).sort();
        const feedProblems = await verifyFeedOrder(
          state.log.filter((event) => event.streamName.startsWith(prefix)),
        );
        return buildVerifyReport(
          names.map((streamName) => ({
            streamName,
            events: state.streams.get(streamName) ?? [],
            head: state.heads.get(streamName),
          })),
          feedProblems,
        );
      });
    },

    async close() {
      closed = true;
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
    },
  };
  return store;
}

function parseCheckpoint(checkpoint: string | undefined): bigint {
  if (checkpoint === undefined) return 0n;
  if (!/^(0|[1-9][0-9]*)$/.test(checkpoint))
    throw new InvalidCheckpointError(checkpoint, 'not a global position');
  return BigInt(checkpoint);
}

/** Index of the first logged event whose position is above `after` (the log is sorted by position). */
function firstAfter(log: readonly RecordedEvent[], after: bigint): number {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((log[middle] as RecordedEvent).globalPosition <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}
