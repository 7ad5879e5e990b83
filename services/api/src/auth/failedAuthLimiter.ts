import { ApiError } from '../errors/apiError.ts';

export interface FailedAuthLimiterOptions {
  /** Failed authentications one client address may make per window; the next request from it gets 429. */
  readonly max: number;
  readonly windowMs: number;
  readonly clock: () => Date;
}

export interface FailedAuthLimiter {
  /** Throws 429 RATE_LIMITED when the address used up its failures in the current window. */
  assertAllowed(address: string): void;
  recordFailure(address: string): void;
}

/**
 * Counts failed authentications per client address in fixed windows, so that guessing or replaying tokens is
 * limited even though no principal exists to key the ordinary rate limit on. No timer: a window is replaced when
 * a request arrives after it ended, and the whole table is dropped at each new window, so it cannot grow without
 * bound.
 */
export function createFailedAuthLimiter(options: FailedAuthLimiterOptions): FailedAuthLimiter {
  let windowStart = options.clock().getTime();
  let failures = new Map<string, number>();
  const roll = () => {
    const now = options.clock().getTime();
    if (now - windowStart >= options.windowMs) {
      windowStart = now;
      failures = new Map();
    }
  };
  return {
    assertAllowed(address) {
      roll();
      if ((failures.get(address) ?? 0) >= options.max) {
        throw new ApiError(429, 'RATE_LIMITED', 'Too many requests. Wait a little and try again.');
      }
    },
    recordFailure(address) {
      roll();
      failures.set(address, (failures.get(address) ?? 0) + 1);
    },
  };
}
