import { describe, expect, it, vi } from 'vitest';
import { constantBackoff, exponentialBackoff, repeat, retry, sleep } from './retry.ts';

const noWait = async () => undefined;

describe('retry', () => {
  it('returns the value once the operation succeeds, reporting each failure with its attempt', async () => {
    let calls = 0;
    const failures: number[] = [];
    const waits: number[] = [];
    const result = await retry(
      async () => {
        calls += 1;
        if (calls < 4) throw new Error('not yet');
        return 'done';
      },
      {
        signal: new AbortController().signal,
        onFailure: (_error, attempt) => failures.push(attempt),
        backoff: exponentialBackoff(100, 300),
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(result).toEqual({ value: 'done' });
    expect(failures).toEqual([0, 1, 2]);
    expect(waits).toEqual([100, 200, 300]);
  });

  it('gives up without a value when the signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const result = await retry(
      async () => {
        calls += 1;
        if (calls === 2) controller.abort();
        throw new Error('down');
      },
      { signal: controller.signal, sleep: noWait },
    );
    expect(result).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('makes one attempt after the stop when told to', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await retry(async () => 1, { signal: controller.signal })).toBeUndefined();
    expect(await retry(async () => 1, { signal: controller.signal, evenIfStopping: true })).toEqual({
      value: 1,
    });
  });
});

describe('repeat', () => {
  it('runs the step every interval, survives a failing step, and stops when the signal aborts', async () => {
    const controller = new AbortController();
    const failures: unknown[] = [];
    let runs = 0;
    await repeat(
      async () => {
        runs += 1;
        if (runs === 2) throw new Error('one bad pass');
        if (runs === 3) controller.abort();
      },
      { signal: controller.signal, intervalMs: 1, sleep: noWait, onFailure: (e) => failures.push(e) },
    );
    expect(runs).toBe(3);
    expect(failures).toHaveLength(1);
  });

  it('waits firstDelayMs before the first step, and runs none when stopped during that wait', async () => {
    const waits: number[] = [];
    const controller = new AbortController();
    let runs = 0;
    await repeat(
      async () => {
        runs += 1;
        controller.abort();
      },
      {
        signal: controller.signal,
        intervalMs: 5,
        firstDelayMs: 40,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(waits).toEqual([40, 5]);
    expect(runs).toBe(1);

    const stopped = new AbortController();
    await repeat(
      async () => {
        runs += 1;
      },
      {
        signal: stopped.signal,
        intervalMs: 5,
        firstDelayMs: 40,
        sleep: async () => {
          stopped.abort();
        },
      },
    );
    expect(runs).toBe(1);
  });

  it('constant backoff is the same delay every time', () => {
    expect([0, 5, 50].map(constantBackoff(7).delayMs)).toEqual([7, 7, 7]);
  });
});

describe('sleep', () => {
  it('ends early when the signal aborts', async () => {
    // On a fake clock that moves one millisecond: the sleep can only have ended through the signal.
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      let ended = false;
      const waiting = sleep(60_000, controller.signal).then(() => (ended = true));
      controller.abort();
      await vi.advanceTimersByTimeAsync(1);
      expect(ended).toBe(true);
      await waiting;
    } finally {
      vi.useRealTimers();
    }
  });
});
