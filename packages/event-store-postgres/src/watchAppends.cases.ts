import { describe, expect, it } from 'vitest';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { newEvent } from './testing/index.ts';

/**
 * `watchAppends` across two store objects on the same tables (two processes, as far as the stores can tell): the
 * watcher's wait ends on the other's commit, long before its fallback poll. `open(schema?)` as in the group commit
 * cases; `close()` closes everything opened.
 */
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
      // The first watch starts listening; give the LISTEN a moment to be in place, as a projector's first poll does.
      await watcher.watchAppends()(200, signal);

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
    }, 20_000);
  });
}
