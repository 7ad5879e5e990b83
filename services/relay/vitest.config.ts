import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The int tests share one local broker (and the outage test starts a second one): one file at a time, with
    // time for topic creation and consumer group rebalances on a small machine.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
