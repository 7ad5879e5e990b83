import { describe, expect, it } from 'vitest';
import { backoffDelayMs, sleep } from './backoff.ts';

describe('resubscribe backoff', () => {
  it('doubles from the initial delay up to the cap', () => {
    const policy = { initialMs: 100, maxMs: 1_000 };
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, policy))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('stays finite for very long outages', () => {
    expect(backoffDelayMs(10_000)).toBe(5_000);
  });

  it('wakes at once when stopped', async () => {
    const controller = new AbortController();
    const slept = sleep(60_000, controller.signal);
    controller.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});
