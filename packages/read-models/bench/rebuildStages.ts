/**
 * The rebuild's stages timed one by one, each a pass over the whole feed (BENCH_PHASES=stages in
 * nationalScale.bench.ts): the feed read alone, the read and the decode (upcast and schema), and the read, decode
 * and fold in memory (case records, history entries and statistics facts, no SQL). What a full rebuild takes
 * beyond the last pass is the SQL writes.
 */
import { loadavg } from 'node:os';
import { decodeRelocationEvent, relocationIdOfStream, relocationStreamPrefix } from '@relocation/domain';
import type { EventStore } from '@relocation/event-store';
import { applyToCase } from '../src/projector/applyToCase.ts';
import type { CaseRecord } from '../src/projector/caseRecord.ts';
import { historyEntryOf } from '../src/projector/historyEntry.ts';
import {
  emptyStatisticsFacts,
  foldStatistics,
  type StatisticsFacts,
} from '../src/statistics/statisticsFacts.ts';

const BATCH = 5_000;

async function pass(
  store: EventStore,
  name: string,
  each: (events: Awaited<ReturnType<EventStore['readAll']>>['events']) => void,
): Promise<void> {
  const started = performance.now();
  let after: string | undefined;
  let events = 0;
  for (;;) {
    const batch = await store.readAll({
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
  const cases = new Map<string, CaseRecord | undefined>();
  const statistics = new Map<string, StatisticsFacts>();
  await pass(store, 'feed read + decode + fold in memory', (events) => {
    for (const recorded of events) {
      const relocationId = relocationIdOfStream(recorded.streamName)?.toLowerCase();
      if (relocationId === undefined) continue;
      const event = decodeRelocationEvent(recorded);
      const at = {
        relocationId,
        streamName: recorded.streamName,
        revision: recorded.revision,
        position: recorded.globalPosition,
      };
      const next = applyToCase(cases.get(relocationId), event, at);
      if (next === undefined) continue;
      cases.set(relocationId, next);
      statistics.set(
        relocationId,
        foldStatistics(statistics.get(relocationId) ?? emptyStatisticsFacts(), event, next.state.status),
      );
      historyEntryOf(event, at);
    }
  });
}
