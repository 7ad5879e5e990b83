import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One file at a time: PGlite instances are heavy on a small machine, and a PostgreSQL feed waits for every
    // open transaction in the cluster, so parallel files would slow each other down.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
