import { defaultBackoff, retry, sleep } from '@relocation/runtime';

export interface RetryTiming {
  /** Waits `ms`, or less when the signal aborts; never rejects. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Delay before retry number `attempt` (0-based). */
  readonly delayMs: (attempt: number) => number;
}

/** Exponential backoff from 200 ms, capped at 10 s (the runtime's default). */
export const defaultRetryTiming: RetryTiming = { sleep, delayMs: defaultBackoff.delayMs };

/**
 * The runtime's `retry` with the relay's injectable timing (tests pass a timing that does not wait). Returns
 * `{ value }`, or undefined when the signal aborted first: the caller stops without doing the next step.
 * `evenIfStopping` makes one attempt after a stop (storing the checkpoint of a batch the broker acknowledged).
 */
export function retryUntilStopped<T>(
  operation: () => Promise<T>,
  signal: AbortSignal,
  onFailure: (error: unknown, attempt: number) => void,
  timing: RetryTiming = defaultRetryTiming,
  evenIfStopping = false,
): Promise<{ value: T } | undefined> {
  return retry(operation, {
    signal,
    onFailure,
    backoff: { delayMs: timing.delayMs },
    sleep: timing.sleep,
    evenIfStopping,
  });
}
