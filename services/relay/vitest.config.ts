import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The limits for a hung test come from ../../vitest.shared.ts: topic creation and consumer group rebalances take
// their time on a small, busy machine.
export default mergeConfig(
  shared,
  defineConfig({
    // The int tests share one local broker (and the outage test starts a second one): one file at a time.
    test: { fileParallelism: false },
  }),
);
