import { abortableDelay } from '@relocation/event-store';

export interface RetryTiming {
  /** Waits `ms`, or less when the signal aborts; never rejects. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Delay before retry number `attempt` (0-based). */
  readonly delayMs: (attempt: number) => number;
}

/** Exponential backoff from 200 ms, capped at 10 s. */
export const defaultRetryTiming: RetryTiming = {
  sleep: abortableDelay,
  delayMs: (attempt) => Math.min(200 * 2 ** attempt, 10_000),
};

/**
 * Runs `operation` until it succeeds, waiting with backoff after each failure (reported to `onFailure`). Returns
 * `{ value }`, or undefined when the signal aborted first: the caller stops without doing the next step.
 * `evenIfStopping` makes one attempt after a stop (storing the checkpoint of a batch the broker acknowledged).
 */
export async function retryUntilStopped<T>(
  operation: () => Promise<T>,
  signal: AbortSignal,
  onFailure: (error: unknown, attempt: number) => void,
  timing: RetryTiming = defaultRetryTiming,
  evenIfStopping = false,
): Promise<{ value: T } | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    if (signal.aborted && !(evenIfStopping && attempt === 0)) return undefined;
    try {
      return { value: await operation() };
    } catch (error) {
      if (signal.aborted) return undefined;
      onFailure(error, attempt);
      await timing.sleep(timing.delayMs(attempt), signal);
    }
  }
}
