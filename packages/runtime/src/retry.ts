/** Waits `ms`, or less when the signal aborts; never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export interface Backoff {
  /** Delay before retry number `attempt` (0-based). */
  delayMs(attempt: number): number;
}

/** `initialMs * 2^attempt`, capped at `maxMs`. */
export function exponentialBackoff(initialMs: number, maxMs: number): Backoff {
  return { delayMs: (attempt) => Math.min(initialMs * 2 ** Math.min(attempt, 30), maxMs) };
}

/** The same delay after every failure (a poll interval). */
export function constantBackoff(ms: number): Backoff {
  return { delayMs: () => ms };
}

export interface RetryOptions {
  readonly signal: AbortSignal;
  /** Called after each failure, before the wait. */
  readonly onFailure?: (error: unknown, attempt: number) => void;
  /** Default: exponential from 200 ms, capped at 10 s. */
  readonly backoff?: Backoff;
  /** Default: {@link sleep}. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Make one attempt even when the signal already aborted (store what a broker acknowledged, say). */
  readonly evenIfStopping?: boolean;
}

export const defaultBackoff: Backoff = exponentialBackoff(200, 10_000);

/**
 * Runs `operation` until it succeeds, waiting with backoff after each failure. Returns `{ value }`, or undefined
 * when the signal aborted first: the caller stops without doing the next step. The one retry loop of the
 * workspace; a worker passes its context's signal.
 */
export async function retry<T>(
  operation: () => Promise<T>,
  options: RetryOptions,
): Promise<{ value: T } | undefined> {
  const { signal } = options;
  const backoff = options.backoff ?? defaultBackoff;
  const wait = options.sleep ?? sleep;
  for (let attempt = 0; ; attempt += 1) {
    if (signal.aborted && !(options.evenIfStopping === true && attempt === 0)) return undefined;
    try {
      return { value: await operation() };
    } catch (error) {
      if (signal.aborted) return undefined;
      options.onFailure?.(error, attempt);
      await wait(backoff.delayMs(attempt), signal);
    }
  }
}

/**
 * Runs `step` every `intervalMs` until the signal aborts; a failing step is reported and the loop goes on. The
 * loop of a poller (deadline monitor, retention job, checkpoint publisher). Resolves once the step in progress
 * finished after the abort.
 */
export async function repeat(
  step: () => Promise<void>,
  options: {
    readonly signal: AbortSignal;
    readonly intervalMs: number;
    /** How long to wait before the first step (default 0: at once). */
    readonly firstDelayMs?: number;
    readonly onFailure?: (error: unknown) => void;
    readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  },
): Promise<void> {
  const wait = options.sleep ?? sleep;
  if (options.firstDelayMs !== undefined && options.firstDelayMs > 0)
    await wait(options.firstDelayMs, options.signal);
  while (!options.signal.aborted) {
    try {
      await step();
    } catch (error) {
      options.onFailure?.(error);
    }
    await wait(options.intervalMs, options.signal);
  }
}
