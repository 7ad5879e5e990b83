import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite starts by compiling its WebAssembly: on two busy cores that alone has taken over a minute. These are
    // limits for a hung test, not time budgets; how fast things are is the benchmarks' business.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
