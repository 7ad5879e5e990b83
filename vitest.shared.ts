import { defineConfig } from 'vitest/config';

// What every package's vitest.config.ts starts from. Tests wait on conditions (an awaited promise, `expect.poll`, a
// readiness probe), never for a fixed time; the limits below only end a test that hangs. They are far above what
// any test needs on an idle machine because CI has two cores that other work may keep busy: there a property test
// has taken minutes and PGlite's first start over a minute. How fast things are is the benchmarks' business.
export default defineConfig({
  test: {
    // Below ten minutes: tests that prove a wake-up set their fallback poll to ten minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // `expect.poll` waits for a condition; vitest's default gives up after one second.
    expect: { poll: { timeout: 120_000, interval: 50 } },
  },
});
