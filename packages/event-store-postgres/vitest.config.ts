import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One file at a time: PGlite instances are heavy on a small machine, and the global feed of a PostgreSQL
    // cluster waits for every open transaction in it, so parallel files would slow each other's feeds down.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
