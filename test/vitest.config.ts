import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

// The limits for a hung test come from ../vitest.shared.ts: room for a cold tsx start on a small, shared machine.
export default mergeConfig(
  shared,
  defineConfig({
    // Each file starts the engine as real processes: one file at a time. Readiness is polled, never slept for.
    test: { fileParallelism: false },
  }),
);
