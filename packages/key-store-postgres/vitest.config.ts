import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Erasure on PGlite vacuums the key table, switches the WAL segment and checkpoints twice: seconds on a busy
    // machine, more than vitest's default of five.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
