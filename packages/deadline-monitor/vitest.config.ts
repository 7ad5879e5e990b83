import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The limits for a hung test come from ../../vitest.shared.ts.
export default mergeConfig(
  shared,
  defineConfig({
    // PGlite instances are heavy on a small machine: one file at a time.
    test: { fileParallelism: false },
  }),
);
