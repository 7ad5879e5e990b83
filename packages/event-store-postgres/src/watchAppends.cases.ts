import { describe, expect, it } from 'vitest';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { newEvent } from './testing/index.ts';

/**
 * `watchAppends` across two store objects on the same tables (two processes, as far as the stores can tell): the
 * watcher's wait ends on the other's commit, long before its fallback poll. `open(schema?)` as in the group commit
 * cases; `close()` closes everything opened.
 */
/**
 * The first watch starts the watcher's LISTEN, which takes a moment (a connection, on PostgreSQL) that is longer on a
 * busy machine: until a watch wakes on the writer's commit, the writer commits again. A wake that comes later than
 * the pause is missed by this round and heard by a later one.
 */
async function untilListening(watcher: SqlEventStore, writer: SqlEventStore): Promise<void> {
  for (let round = 0; ; round += 1) {
    const stop = new AbortController();
    let woken = false;
    const watching = watcher
      .watchAppends()(600_000, stop.signal)
      .then(() => (woken = !stop.signal.aborted));
    await writer.appendToStream(`listening-${round}`, [newEvent('Listening')], {
      expectedRevision: 'no_stream',
    });
    await Promise.race([watching, new Promise((resolve) => setTimeout(resolve, 250))]);
    stop.abort();
    await watching;
    if (woken) return;
  }
}

export function describeWatchAppends(
  name: string,
  open: (schema?: string) => Promise<SqlEventStore>,
  close: () => Promise<void>,
): void {
  describe(`watchAppends on ${name}`, () => {
    it("wakes on another store's commit, and not for an append to another schema", async () => {
      const watcher = await open();
      const writer = await open(watcher.schema);
      const elsewhere = await open();
      const signal = new AbortController().signal;
      await untilListening(watcher, writer);

      let woken = false;
      const wait = watcher
        .watchAppends()(600_000, signal)
        .then(() => (woken = true));
      await elsewhere.appendToStream('watched-1', [newEvent('Elsewhere')], { expectedRevision: 'no_stream' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(woken).toBe(false);

      await writer.appendToStream('watched-1', [newEvent('Here')], { expectedRevision: 'no_stream' });
      await wait;
      expect(woken).toBe(true);
      await close();
    });
  });
}
