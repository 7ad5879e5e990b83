import { abortableDelay } from '@relocation/event-store';
import { loadCheckpoint, type CheckpointRow } from './checkpointRow.ts';
import { projectNext, type ProjectOnceDependencies } from './projectOnce.ts';
import {
  clearHalt,
  haltOn,
  isTransientFailure,
  loadHalt,
  saveHalt,
  type ProjectionHalt,
} from './projectionHalt.ts';

export interface ProjectorOptions {
  readonly signal?: AbortSignal;
  /**
   * Pause between polls once caught up (default 200 ms). When the event store can tell of commits
   * (`watchAppends`), the pause ends as soon as one is made, and this is only the fallback poll.
   */
  readonly pollIntervalMs?: number;
  /** Told of each failed batch; the batch rolled back and is tried again after a growing pause (up to 5 s). */
  readonly onError?: (error: unknown) => void;
  /**
   * Told once when the projector meets an event it cannot project and stops (the halt is also stored in the read
   * models, so every process's readiness names the event, and cleared when a restarted projector gets past it).
   */
  readonly onHalt?: (halt: ProjectionHalt) => void;
}

export interface RunningProjector {
  /** Resolves once the loop has stopped (signal aborted, `stop()` called, or halted on an event). */
  readonly done: Promise<void>;
  /** The event the projector stopped at, if it did. */
  halted(): ProjectionHalt | undefined;
  stop(): Promise<void>;
}

/**
 * Projects the feed continuously: batch after batch while there is work, a pause when caught up that an append's
 * commit ends (when the store can tell: the SQL event store listens for them). A failed batch
 * changes nothing (rows and checkpoint roll back together). A failure that can pass (a lost connection, a database
 * restart) is reported and retried with a growing pause. Any other failure is narrowed to one event by projecting
 * one event per batch; when a single event fails that way, the projector records the halt and stops, loudly,
 * instead of failing on the same event for ever.
 */
export function startProjector(
  deps: ProjectOnceDependencies,
  options: ProjectorOptions = {},
): RunningProjector {
  const controller = new AbortController();
  const stopOn = () => controller.abort();
  options.signal?.addEventListener('abort', stopOn, { once: true });
  if (options.signal?.aborted) controller.abort();
  const { signal } = controller;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const single = { ...deps, batchSize: 1 };
  let halt: ProjectionHalt | undefined;

  const loop = async (): Promise<void> => {
    let failures = 0;
    // Single-event batches still to go after a failure, to find (or get past) the event at fault.
    let narrowing = 0;
    // The checkpoint this projector's last batch left, while it is the one to go on from.
    let known: CheckpointRow | undefined;
    let haltStored = await loadHalt(deps.driver, deps.s).then(
      (stored) => stored !== undefined,
      () => true,
    );
    while (!signal.aborted) {
      // Watch before reading, so that an append committed between the read and the pause ends the pause.
      const wait = deps.store.watchAppends?.() ?? abortableDelay;
      try {
        const batch = narrowing > 0 ? single : deps;
        const outcome = await projectNext(batch, known);
        const applied = outcome.applied;
        // Only straight after a batch applied: an idle projector reads the stored checkpoint again, so that one a
        // rebuild or another projector left is taken up.
        known = applied > 0 ? outcome.checkpoint : undefined;
        failures = 0;
        if (applied > 0 && haltStored) {
          await clearHalt(deps.driver, deps.s);
          haltStored = false;
        }
        if (narrowing > 0) narrowing = applied === 0 ? 0 : narrowing - 1;
        // A batch that was not full read the feed to its end: when the store tells of commits, no second read to
        // find it empty, as the wait (watched before the read) ends at once if anything committed since. A store
        // that cannot tell is read again at once, so that what came during the batch waits for no poll.
        const drained = outcome.read < batch.batchSize && deps.store.watchAppends !== undefined;
        if (applied === 0 || drained) await wait(pollIntervalMs, signal);
      } catch (error) {
        known = undefined;
        options.onError?.(error);
        if (!isTransientFailure(error)) {
          if (narrowing === 0) {
            narrowing = deps.batchSize;
            continue;
          }
          const found = await findHalt(error).catch(() => undefined);
          if (found !== undefined) {
            halt = found;
            options.onHalt?.(found);
            return;
          }
        }
        failures += 1;
        await abortableDelay(Math.min(5_000, pollIntervalMs * 2 ** failures), signal);
      }
    }
  };

  /** Names the event after the checkpoint and stores the halt; undefined if the database cannot be reached. */
  const findHalt = async (error: unknown): Promise<ProjectionHalt | undefined> => {
    const { checkpoint } = await loadCheckpoint(deps.driver, deps.s);
    const found = await haltOn(deps.store, checkpoint, error, deps.clock());
    if (found !== undefined) await saveHalt(deps.driver, deps.s, found);
    return found;
  };

  const done = loop().finally(() => options.signal?.removeEventListener('abort', stopOn));
  return {
    done,
    halted: () => halt,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
