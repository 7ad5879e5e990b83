import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The int tests start and stop PostgreSQL sessions and poll for leadership: room on a small, shared machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
