/** A clock the test moves by hand. */
export interface TestClock {
  now(): string;
  set(instant: string): void;
  advance(ms: number): void;
}

export function fixedClock(start = '2026-03-02T09:00:00.000Z'): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current).toISOString(),
    set: (instant) => {
      current = Date.parse(instant);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** Deterministic UUIDs: 00000000-0000-4000-8000-000000000001, ...002, ... */
export function sequentialIds(prefix = '00000000-0000-4000-8000'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${n.toString(16).padStart(12, '0')}`;
  };
}
