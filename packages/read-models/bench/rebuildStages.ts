/**
 * The rebuild's stages timed one by one, each a pass over the whole feed (BENCH_PHASES=stages in
 * nationalScale.bench.ts): the feed read alone (`readFeed`, as the rebuild reads it), the read and the decode
 * (upcast and schema), and the read, decode and fold in memory (case records, stage changes and statistics
 * facts, no SQL). What a full rebuild takes beyond the last pass is the SQL writes.
 */
import { loadavg } from 'node:os';
import { decodeRelocationEvent, relocationStreamPrefix } from '@relocation/domain';
import { readFeedOf, type EventStore, type FeedEvent } from '@relocation/event-store';
import { caseIdOf, foldEvents, pendingWrites, type FoldingState } from '../src/projector/foldEvents.ts';
import { emptyStatisticsFacts } from '../src/statistics/statisticsFacts.ts';

const BATCH = 5_000;

async function pass(
  store: EventStore,
  name: string,
  each: (events: readonly FeedEvent[]) => void,
): Promise<void> {
  const started = performance.now();
  let after: string | undefined;
  let events = 0;
  for (;;) {
    const batch = await readFeedOf(store, {
      ...(after === undefined ? {} : { after }),
      batchSize: BATCH,
      streamPrefix: relocationStreamPrefix,
    });
    if (batch.events.length === 0) break;
    each(batch.events);
    events += batch.events.length;
    after = batch.checkpoint;
  }
  const ms = performance.now() - started;
  console.log(
    `  stage ${name.padEnd(34)} ${events} events in ${(ms / 1000).toFixed(1)} s = ${Math.round(events / (ms / 1000))} events/s (load average ${loadavg()[0]?.toFixed(1)})`,
  );
}

export async function rebuildStages(store: EventStore): Promise<void> {
  await pass(store, 'feed read', () => undefined);
  await pass(store, 'feed read + decode', (events) => {
    for (const recorded of events) decodeRelocationEvent(recorded);
  });
  // The rebuild's own fold (foldEvents), its pending writes dropped after each batch instead of written.
  const state: FoldingState = { cases: new Map(), statistics: new Map() };
  await pass(store, 'feed read + decode + fold in memory', (events) => {
    for (const recorded of events) {
      const relocationId = caseIdOf(recorded.streamName);
      if (relocationId !== null && !state.statistics.has(relocationId))
        state.statistics.set(relocationId, emptyStatisticsFacts());
    }
    foldEvents(events, state, pendingWrites(undefined, undefined));
  });
}
