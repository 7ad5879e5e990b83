import { abortableDelay } from '@relocation/event-store';
import { projectOnce, type ProjectOnceDependencies } from './projectOnce.ts';

export interface ProjectorOptions {
  readonly signal?: AbortSignal;
  /** Pause between polls once caught up (default 200 ms). */
  readonly pollIntervalMs?: number;
  /** Told of each failed batch; the batch rolled back and is tried again after a growing pause (up to 5 s). */
  readonly onError?: (error: unknown) => void;
}

export interface RunningProjector {
  /** Resolves once the loop has stopped (signal aborted or `stop()` called). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Projects the feed continuously: batch after batch while there is work, a pause when caught up. A failed batch
 * changes nothing (rows and checkpoint roll back together), is reported and retried, so a database restart heals.
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

  const loop = async (): Promise<void> => {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const applied = await projectOnce(deps);
        failures = 0;
        if (applied === 0) await abortableDelay(pollIntervalMs, signal);
      } catch (error) {
        failures += 1;
        options.onError?.(error);
        await abortableDelay(Math.min(5_000, pollIntervalMs * 2 ** failures), signal);
      }
    }
  };

  const done = loop().finally(() => options.signal?.removeEventListener('abort', stopOn));
  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
