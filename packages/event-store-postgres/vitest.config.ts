import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The limits for a hung test come from ../../vitest.shared.ts.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // One file at a time: PGlite instances are heavy on a small machine, and the global feed of a PostgreSQL
      // cluster waits for every open transaction in it, so parallel files would slow each other's feeds down.
      fileParallelism: false,
    },
  }),
);
