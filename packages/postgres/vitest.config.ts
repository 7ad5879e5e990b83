import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite starts by compiling its WebAssembly: on two busy cores that alone has taken over a minute. These are
    // limits for a hung test, not time budgets.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
