import type { SqlQueryable } from '@relocation/postgres';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notifyCommitted } from './notifyCommitted.ts';

/** A database that records each notification and answers it when told to. */
function recordingDb(): { db: SqlQueryable; sent: unknown[][]; answer: () => Promise<void> } {
  const sent: unknown[][] = [];
  const pending: (() => void)[] = [];
  const db = {
    query: (_text: string, values: unknown[]) => {
      sent.push(values);
      return new Promise<never[]>((resolve) => pending.push(() => resolve([])));
    },
  } as unknown as SqlQueryable;
  const answer = async (): Promise<void> => {
    for (const resolve of pending.splice(0)) resolve();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { db, sent, answer };
}

/** The notifier under test: an interval of 5 ms on the fake clock. */
const notifier = (db: SqlQueryable, isClosed: () => boolean = () => false): (() => void) =>
  notifyCommitted(db, 'event_store', 'me', isClosed, { intervalMs: 5, now: () => Date.now() });

describe('commit notifications', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tell a commit after a quiet interval at once, with the schema and the sending store', async () => {
    const { db, sent } = recordingDb();
    const notify = notifier(db);
    notify();
    expect(sent).toEqual([['event_store_appended', 'event_store\nme']]);
  });

  it('tell commits within the interval by one notification at its end', async () => {
    const { db, sent, answer } = recordingDb();
    const notify = notifier(db);
    notify();
    await answer();
    await vi.advanceTimersByTimeAsync(1);
    notify();
    notify();
    notify();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await answer();
    // Nothing committed since: nothing more is sent.
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(2);
  });

  it('ask for one more while one is on its way, and never lose the last commit', async () => {
    const { db, sent, answer } = recordingDb();
    const notify = notifier(db);
    notify();
    notify();
    notify();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    await answer();
    // The commits made while the first was on its way: one more, at once as the interval has passed.
    expect(sent).toHaveLength(2);
    await answer();
    expect(sent).toHaveLength(2);
  });

  it('send nothing once the store is closed', async () => {
    const { db, sent, answer } = recordingDb();
    let closed = false;
    const notify = notifier(db, () => closed);
    notify();
    notify();
    closed = true;
    await answer();
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(1);
  });
});
