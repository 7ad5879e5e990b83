/** How often and how patiently to retry an operation that failed with a transient error. */
export interface RetryPolicy {
  /** Attempts in total, including the first. */
  readonly maxAttempts: number;
  /** Delay before the second attempt; it doubles for each further attempt. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  initialDelayMs: 200,
  maxDelayMs: 5_000,
});

export interface RetryDependencies {
  /** Waits the given milliseconds; tests pass a fake that records the delays. */
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for jitter; Math.random in production. */
  readonly random: () => number;
}

export const realRetryDependencies: RetryDependencies = Object.freeze({
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
});

/**
 * The delay before attempt `attempt + 1` (attempt counts from 1): exponential, capped, with "equal jitter" so that
 * many clients failing together do not retry in lockstep. Always between half and all of the capped delay.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const capped = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(capped / 2 + (capped / 2) * random());
}

/**
 * Whether a kafkajs error is worth retrying: kafkajs marks errors `retriable`, and when its own retries run out it
 * throws KafkaJSNumberOfRetriesExceeded (not retriable itself) whose cause tells what kept failing.
 */
export function isTransientKafkaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const retriable = (error as { retriable?: unknown }).retriable;
  if (retriable === true) return true;
  if (error.name === 'KafkaJSNumberOfRetriesExceeded') return isTransientKafkaError(error.cause);
  return false;
}

/** Runs `operation`, retrying with backoff while it fails with an error `isTransient` accepts. */
export async function retryTransient<T>(
  operation: () => Promise<T>,
  isTransient: (error: unknown) => boolean,
  policy: RetryPolicy = defaultRetryPolicy,
  deps: RetryDependencies = realRetryDependencies,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.maxAttempts || !isTransient(error)) throw error;
      await deps.sleep(backoffDelay(policy, attempt, deps.random));
    }
  }
}
