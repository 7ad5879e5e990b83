import { defineConfig } from 'vitest/config';

// Unit tests beside the code (src/**/*.test.ts) and the browser tests (e2e/**/*.e2e.test.ts: the real engine on
// PGlite, Debian's chromium driven by playwright-core). The browser tests run one file at a time: they start
// an engine and a browser each, and CI has two cores.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
