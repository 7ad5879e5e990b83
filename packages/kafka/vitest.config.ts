import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The limits for a hung test come from ../../vitest.shared.ts: topic creation and consumer group rebalances take
// their time on a small, busy machine.
export default mergeConfig(
  shared,
  defineConfig({
    // The int tests talk to one shared local broker: one file at a time.
    test: { fileParallelism: false },
  }),
);
