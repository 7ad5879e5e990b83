import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The int tests start and stop PostgreSQL sessions and poll for leadership: room on a small, shared machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
