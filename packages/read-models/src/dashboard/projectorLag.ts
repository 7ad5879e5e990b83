import type { EventStore } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { loadCheckpoint } from '../projector/checkpointRow.ts';
import { relocationStreamPrefix } from '@relocation/domain';

export interface ProjectorLag {
  /** Relocation events in the feed after the projector's checkpoint, counted up to `cap`. */
  readonly events: number;
  /** Seconds since the oldest of them was recorded; 0 when caught up. */
  readonly seconds: number;
}

/** How far the read models are behind the event feed's head, for metrics. Reads at most `cap` events. */
export async function projectorLag(
  db: SqlQueryable,
  s: QuotedSchema,
  store: EventStore,
  now: Date,
  cap = 1000,
): Promise<ProjectorLag> {
  const { checkpoint } = await loadCheckpoint(db, s);
  const behind = await store.readAll({
    ...(checkpoint === undefined ? {} : { after: checkpoint }),
    batchSize: cap,
    streamPrefix: relocationStreamPrefix,
  });
  const oldest = behind.events[0];
  return {
    events: behind.events.length,
    seconds: oldest === undefined ? 0 : Math.max(0, (now.getTime() - oldest.recordedAt.getTime()) / 1000),
  };
}
