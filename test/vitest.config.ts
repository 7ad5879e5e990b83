import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file starts the engine as real processes: one file at a time, with room for a cold tsx start on a small,
    // shared machine. Readiness is polled with bounded timeouts, never slept for.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
