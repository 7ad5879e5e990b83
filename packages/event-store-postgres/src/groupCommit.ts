import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { appendBatch, type AppendCall, type AppendOutcome } from './appendBatch.ts';

/** Sends one append to `append_batch` and answers what became of it. */
export type SubmitAppend = (call: AppendCall) => Promise<AppendOutcome>;

/**
 * Told after a statement that appended something committed (the store then notifies other processes: a NOTIFY
 * inside the append's own transaction would hold PostgreSQL's notify lock through the commit's WAL flush and so
 * serialise every appending transaction of the cluster).
 */
export type OnCommitted = () => void;

/** Every append in a statement of its own (group commit off). */
export function submitAlone(
  db: SqlQueryable,
  s: QuotedSchema,
  onCommitted: OnCommitted = () => undefined,
): SubmitAppend {
  return async (call) => {
    const [outcome] = await appendBatch(db, s, [call]);
    if (!outcome) throw new Error('append_batch answered no outcome');
    if (outcome.kind === 'appended') onCommitted();
    return outcome;
  };
}

export interface GroupCommitOptions {
  /** Statements in flight at once (default 1): appends arriving meanwhile wait and go together in the next one. */
  readonly maxInFlight?: number;
  /** At most this many appends (default 500) and events (default 10,000) in one statement. */
  readonly maxAppends?: number;
  readonly maxEvents?: number;
}

interface Waiting {
  readonly call: AppendCall;
  readonly resolve: (outcome: AppendOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: an append that finds no statement in flight goes at once (a lone writer waits for nothing);
 * appends that arrive while one is in flight are gathered and sent together in the next statement, one
 * transaction and one WAL flush for all of them; when a statement ends, the next leaves once the callers it
 * answered have run, so that one appending again at once joins it. Each append is still checked against its own
 * stream's head, and each caller gets its own outcome. Within a statement appends are sorted by stream name (the
 * function locks the heads in one order of its own, so two statements cannot deadlock on them). Should the whole
 * statement fail (an event id already stored, a key used at the same moment on another stream, a deadlock with
 * another process), its transaction is rolled back and each of its appends is retried alone, so only a faulty one
 * fails.
 */
export function groupCommit(
  db: SqlQueryable,
  s: QuotedSchema,
  options: GroupCommitOptions = {},
  onCommitted: OnCommitted = () => undefined,
): SubmitAppend {
  const maxInFlight = options.maxInFlight ?? 1;
  const maxAppends = options.maxAppends ?? 500;
  const maxEvents = options.maxEvents ?? 10_000;
  const alone = submitAlone(db, s, onCommitted);
  const waiting: Waiting[] = [];
  let inFlight = 0;
  // Set from a statement's end until the callers it answered have run: a caller that appends again at once
  // (a writer in a loop, a command handler's next command) joins the next statement instead of missing it.
  let settling = false;

  const take = (): Waiting[] => {
    const batch: Waiting[] = [];
    let events = 0;
    // Shared evenly among the free statements, so that they run side by side on the server.
    const share = Math.min(maxAppends, Math.ceil(waiting.length / (maxInFlight - inFlight)));
    while (waiting.length > 0 && batch.length < share) {
      const next = waiting[0];
      if (!next) break;
      const count = next.call.columns?.ids.length ?? 0;
      if (batch.length > 0 && events + count > maxEvents) break;
      batch.push(next);
      waiting.shift();
      events += count;
    }
    return batch;
  };

  const run = async (batch: Waiting[]): Promise<void> => {
    const sorted = [...batch].sort((a, b) =>
      a.call.streamName < b.call.streamName ? -1 : a.call.streamName > b.call.streamName ? 1 : 0,
    );
    let outcomes: AppendOutcome[];
    try {
      outcomes = await appendBatch(
        db,
        s,
        sorted.map((waiter) => waiter.call),
      );
    } catch (error) {
      if (sorted.length === 1) {
        sorted[0]?.reject(error);
        return;
      }
      await Promise.all(sorted.map((waiter) => alone(waiter.call).then(waiter.resolve, waiter.reject)));
      return;
    }
    if (outcomes.some((outcome) => outcome.kind === 'appended')) onCommitted();
    sorted.forEach((waiter, index) => {
      const outcome = outcomes[index];
      if (outcome) waiter.resolve(outcome);
      else waiter.reject(new Error('append_batch answered no outcome'));
    });
  };

  const pump = (): void => {
    while (!settling && inFlight < maxInFlight && waiting.length > 0) {
      const batch = take();
      inFlight += 1;
      void run(batch).finally(() => {
        inFlight -= 1;
        settling = true;
        setImmediate(() => {
          settling = false;
          pump();
        });
      });
    }
  };

  return (call) =>
    new Promise<AppendOutcome>((resolve, reject) => {
      waiting.push({ call, resolve, reject });
      pump();
    });
}
