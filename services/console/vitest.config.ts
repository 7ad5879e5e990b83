import { defineConfig } from 'vitest/config';

// Unit tests beside the code (src/**/*.unit.test.ts) and the browser tests (e2e/**/*.e2e.test.ts: the real engine on
// PGlite, Debian's chromium driven by playwright-core). The browser tests run one file at a time: they start
// an engine and a browser each, and CI has two cores.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 480_000,
    hookTimeout: 300_000,
    // The browser waits on conditions; on a loaded two-core machine a page can take seconds to settle.
    expect: { poll: { timeout: 30_000, interval: 250 } },
  },
});
