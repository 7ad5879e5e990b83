import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The int tests talk to one shared local broker: one file at a time, with time for topic creation and
    // consumer group rebalances on a small machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
