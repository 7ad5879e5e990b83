import { relocationStreamPrefix } from '@relocation/domain';
import { readFeedOf, type EventStore, type FeedBatch } from '@relocation/event-store';
import type { QuotedSchema, SqlDriver } from '@relocation/postgres';
import { lockReadModels } from '../schema/migrate.ts';
import { emptyStatisticsFacts } from '../statistics/statisticsFacts.ts';
import { loadCheckpoint } from './checkpointRow.ts';
import { foldEvents, pendingWrites, type FoldingState, type PendingWrites } from './foldEvents.ts';
import { caseIdsOf, loadIntoState } from './projectBatch.ts';
import { writePending } from './writePending.ts';

export interface RebuildFromZeroOptions {
  readonly driver: SqlDriver;
  /** The schema being rebuilt (empty when this starts; nothing else writes it meanwhile) and its quoted name. */
  readonly schema: string;
  readonly s: QuotedSchema;
  readonly store: EventStore;
  readonly clock: () => Date;
  /** Events per transaction. */
  readonly eventsPerTransaction: number;
  /** Events per feed read (at most `eventsPerTransaction`). */
  readonly readSize: number;
  /** A case untouched for this many transactions leaves the memory (and is read back if it has events again). */
  readonly keepTransactions: number;
}

/**
 * Projects the whole feed from position zero into an empty schema, the throughput path of `rebuild`:
 * - the cases stay in memory from one transaction to the next (no row is read back while it is being folded), so
 *   a transaction writes each case it changed once, however many of its events it holds;
 * - the next feed read runs while the current events are folded, and the next events are folded while the previous
 *   transaction is being written (one transaction in flight, so they commit in order);
 * - a case untouched for `keepTransactions` transactions is dropped from memory once its row has committed, and
 *   read back from its row should it have events again.
 * Each transaction writes its rows and the checkpoint they reflect together, as a projector batch does: after a
 * failure the schema holds a consistent prefix of the feed. The transactions commit without waiting for the
 * write-ahead log to reach the disk (`synchronous_commit` off, for them alone): nobody reads the schema before it
 * is swapped in, and the swap's own commit, which waits, makes them durable with it. A crash before that can lose
 * the last of them but never one without those after it, so the schema still holds a prefix of the feed.
 * Returns how many events it read.
 */
export async function rebuildFromZero(options: RebuildFromZeroOptions): Promise<number> {
  const { driver, s, store } = options;
  const state: FoldingState = { cases: new Map(), statistics: new Map() };
  /** The transaction each case in memory was last changed in. */
  const touched = new Map<string, number>();
  /** Cases dropped from memory: their rows are committed. */
  const dropped = new Set<string>();
  let transactions = 0;
  let committed = -1;
  let total = 0;

  const read = (after: string | undefined): Promise<FeedBatch> =>
    readFeedOf(store, {
      ...(after === undefined ? {} : { after }),
      batchSize: options.readSize,
      streamPrefix: relocationStreamPrefix,
    });
  const write = async (
    pending: PendingWrites,
    rows: FoldingState,
    previous: string | undefined,
  ): Promise<void> => {
    await driver.transaction(async (tx) => {
      // Committed without waiting for the write-ahead log's flush (this transaction only): see above.
      await tx.query('SET LOCAL synchronous_commit = off');
      await lockReadModels(tx, options.schema);
      const current = await loadCheckpoint(tx, s, true);
      if (current.checkpoint !== previous)
        throw new Error(`${options.schema} was written by someone else during its rebuild`);
      await writePending(tx, s, pending, rows, options.clock(), { fresh: true });
    });
  };
  const forget = (): void => {
    for (const [relocationId, transaction] of touched) {
      if (transaction > committed || transaction > transactions - options.keepTransactions) continue;
      touched.delete(relocationId);
      state.cases.delete(relocationId);
      state.statistics.delete(relocationId);
      dropped.add(relocationId);
    }
  };

  let writing: Promise<void> | undefined;
  let pending = pendingWrites(undefined, undefined);
  let written: string | undefined;
  const flush = async (): Promise<void> => {
    await writing;
    committed = transactions - 1;
    const sealed = pending;
    // Registered before forgetting: a case changed here is not yet written, whenever it was changed before.
    for (const relocationId of sealed.changed) touched.set(relocationId, transactions);
    forget();
    const previous = written;
    written = sealed.checkpoint;
    transactions += 1;
    total += sealed.events;
    // The changed cases' rows as they stand now, at the transaction's checkpoint: the fold goes on while they are
    // written, and a row taken later could hold events of the next transaction.
    const rows: FoldingState = { cases: new Map(), statistics: new Map() };
    for (const relocationId of sealed.changed) {
      rows.cases.set(relocationId, state.cases.get(relocationId));
      rows.statistics.set(relocationId, state.statistics.get(relocationId));
    }
    writing = write(sealed, rows, previous);
    // Observed at the next flush; marked handled now so that a failure while folding does not go unhandled.
    writing.catch(() => undefined);
    pending = pendingWrites(sealed.maxPosition, sealed.checkpoint);
  };

  let next: Promise<FeedBatch> | undefined = read(undefined);
  try {
    for (;;) {
      const batch: FeedBatch = await next;
      if (batch.events.length === 0) break;
      next = read(batch.checkpoint);
      next.catch(() => undefined);
      const missing = caseIdsOf(batch.events).filter((id) => !state.cases.has(id));
      const reread = missing.filter((id) => dropped.has(id));
      // A case neither in memory nor dropped from it has no row yet: the schema started empty.
      for (const relocationId of missing) {
        if (dropped.has(relocationId)) continue;
        state.cases.set(relocationId, undefined);
        state.statistics.set(relocationId, emptyStatisticsFacts());
      }
      if (reread.length > 0) {
        await loadIntoState(driver, s, reread, state);
        for (const relocationId of reread) dropped.delete(relocationId);
      }
      foldEvents(batch.events, state, pending);
      if (pending.events >= options.eventsPerTransaction) await flush();
    }
    if (pending.events > 0) await flush();
    await writing;
    return total;
  } catch (error) {
    // The caller looks at the checkpoint next: let the transaction in flight end first.
    await writing?.catch(() => undefined);
    throw error;
  }
}
