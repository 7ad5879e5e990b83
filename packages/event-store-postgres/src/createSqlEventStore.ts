import { randomUUID } from 'node:crypto';
import {
  subscribeByPolling,
  buildVerifyReport,
  verifyFeedOrder,
  EventStoreClosedError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type FeedBatch,
  type NewEvent,
  type ReadAllBatch,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type VerifyProblem,
  type VerifyReport,
  type WaitForAppends,
} from '@relocation/event-store';
import { APPENDED_CHANNEL, createAppendSignal, isOthersAppend } from './appendSignal.ts';
import { appendInOneCall } from './appendInOneCall.ts';
import { appendToStream, lookupIdempotencyKey } from './appendToStream.ts';
import { groupCommit, submitAlone, type GroupCommitOptions } from './groupCommit.ts';
import { notifyCommitted } from './notifyCommitted.ts';
import { StreamHeads } from './streamHeads.ts';
import { quoteSchema, type SqlDriver } from '@relocation/postgres';
import { migrate } from './migrations/migrate.ts';
import { PostgresCheckpointStore } from './PostgresCheckpointStore.ts';
import { headCheckpoint, readAll, readFeed } from './readAll.ts';
import { readStream } from './readStream.ts';
import { DEFAULT_SCHEMA } from './schemaName.ts';
import { streamsToVerify, wholeFeed } from './verifySources.ts';

export interface SqlEventStoreOptions {
  readonly driver: SqlDriver;
  /** Default `event_store`. */
  readonly schema?: string;
  /** Apply pending migrations before returning (default true). */
  readonly migrate?: boolean;
  /**
   * How an append reaches the database. `one-call` (the default): one call of the `append_batch` function, one
   * round trip. `transaction`: the previous path (BEGIN, lock the head, key lookup, insert, COMMIT), kept for
   * comparison in the benchmark.
   */
  readonly appendPath?: AppendPath;
  /**
   * Group commit (default on, `one-call` only): appends made while another is on its way are sent together in one
   * statement and one transaction, each checked against its own stream; `false` sends each alone. An object tunes
   * it (see `GroupCommitOptions`).
   */
  readonly groupCommit?: boolean | GroupCommitOptions;
  /**
   * At most one commit notification to other processes per this many milliseconds (default 5): a lone append is
   * told at once, a busy store's commits within the interval by one notification at its end (notifyCommitted.ts).
   */
  readonly notifyIntervalMs?: number;
}

export type AppendPath = 'one-call' | 'transaction';

/** The append settings the two factories pass through. */
export type AppendSettings = Pick<SqlEventStoreOptions, 'appendPath' | 'groupCommit'>;

/** The event store on either driver, with its checkpoint table for subscribers that keep none of their own. */
export interface SqlEventStore extends EventStore {
  readonly driver: SqlDriver;
  readonly schema: string;
  readonly checkpoints: PostgresCheckpointStore;
  readFeed(options?: ReadAllOptions): Promise<FeedBatch>;
  /** Ends early on an append committed by this store, or by any process when the driver can LISTEN. */
  watchAppends(): WaitForAppends;
}

export async function createSqlEventStore(options: SqlEventStoreOptions): Promise<SqlEventStore> {
  const { driver } = options;
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const s = quoteSchema(schema);
  if (options.migrate ?? true) await migrate(driver, schema);
  let closed = false;
  const appendSignal = createAppendSignal();
  // This store instance, in its notifications: its own appends woke its watchers already, in process.
  const origin = randomUUID();
  // LISTEN for other processes' appends, from the first watcher on; a lost connection listens again at the next.
  let listening: Promise<(() => Promise<void>) | undefined> | undefined;
  const watch = (): WaitForAppends => {
    if (listening === undefined && driver.listen !== undefined && !closed) {
      const started: Promise<(() => Promise<void>) | undefined> = driver
        .listen(
          APPENDED_CHANNEL,
          (payload) => {
            if (isOthersAppend(payload, schema, origin)) appendSignal.appended();
          },
          () => {
            if (listening === started) listening = undefined;
          },
        )
        .catch(() => {
          if (listening === started) listening = undefined;
          return undefined;
        });
      listening = started;
    }
    return appendSignal.watch();
  };
  const subscriptions = new Set<Subscription>();
  const heads = new StreamHeads();
  const groupOptions = options.groupCommit ?? true;
  // Wakes other processes' watchers (LISTEN/NOTIFY); not awaited: the appends are committed already.
  const notify = notifyCommitted(driver, schema, origin, () => closed, {
    ...(options.notifyIntervalMs === undefined ? {} : { intervalMs: options.notifyIntervalMs }),
  });
  const submit =
    groupOptions === false
      ? submitAlone(driver, s, notify)
      : groupCommit(driver, s, groupOptions === true ? {} : groupOptions, notify);
  const append =
    options.appendPath === 'transaction'
      ? (streamName: string, events: readonly NewEvent[], appendOptions: AppendOptions) =>
          appendToStream(driver, s, streamName, events, appendOptions)
      : (streamName: string, events: readonly NewEvent[], appendOptions: AppendOptions) =>
          appendInOneCall(submit, heads, driver, s, streamName, events, appendOptions);
  const open = (): void => {
    if (closed) throw new EventStoreClosedError();
  };

  const store: SqlEventStore = {
    driver,
    schema,
    checkpoints: new PostgresCheckpointStore(driver, s),
    async appendToStream(
      streamName: string,
      events: readonly NewEvent[],
      appendOptions: AppendOptions,
    ): Promise<AppendResult> {
      open();
      const result = await append(streamName, events, appendOptions);
      if (!result.replayed) appendSignal.appended();
      return result;
    },
    async lookupIdempotencyKey(idempotencyKey: string) {
      open();
      return lookupIdempotencyKey(driver, s, idempotencyKey);
    },
    readStream(streamName: string, readOptions?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
      open();
      return rememberingHeads(heads, streamName, readStream(driver, s, streamName, readOptions));
    },
    async readAll(readOptions?: ReadAllOptions): Promise<ReadAllBatch> {
      open();
      return readAll(driver, s, readOptions);
    },
    async readFeed(readOptions?: ReadAllOptions): Promise<FeedBatch> {
      open();
      return readFeed(driver, s, readOptions);
    },
    async headCheckpoint(): Promise<string | undefined> {
      open();
      return headCheckpoint(driver, s);
    },
    subscribe(subscribeOptions: SubscribeOptions): Subscription {
      open();
      const subscription = subscribeByPolling(store, subscribeOptions, {
        watchForAppends: watch,
      });
      subscriptions.add(subscription);
      void subscription.done.finally(() => subscriptions.delete(subscription)).catch(() => undefined);
      return subscription;
    },
    watchAppends(): WaitForAppends {
      open();
      return watch();
    },
    async verify(verifyOptions?: { streamPrefix?: string }): Promise<VerifyReport> {
      open();
      const prefix = verifyOptions?.streamPrefix;
      const report = await buildVerifyReport(streamsToVerify(driver, s, prefix));
      const feed = withoutReported(await verifyFeedOrder(wholeFeed(driver, s, prefix)), report.problems);
      return { ...report, ok: report.ok && feed.length === 0, problems: [...report.problems, ...feed] };
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      const unlisten = await listening;
      await unlisten?.().catch(() => undefined);
      await driver.close();
    },
  };
  return store;
}

/** Feed findings about events the stream walk already reported (an inserted forgery, say) add nothing. */
function withoutReported(
  feed: readonly VerifyProblem[],
  reported: readonly VerifyProblem[],
): VerifyProblem[] {
  const seen = new Set(reported.map((problem) => `${problem.streamName}\u0000${problem.revision}`));
  return feed.filter((problem) => !seen.has(`${problem.streamName}\u0000${problem.revision}`));
}

/** Every event read is a head hint for the next append to its stream (its hash is what the next one chains to). */
async function* rememberingHeads(
  heads: StreamHeads,
  streamName: string,
  events: AsyncIterable<RecordedEvent>,
): AsyncGenerator<RecordedEvent> {
  for await (const event of events) {
    heads.set(streamName, { revision: event.revision, hash: event.hash }, true);
    yield event;
  }
}
