import { defineConfig } from 'vitest/config';

// Real-browser tests: no WXT plugin, they drive the built extension in Chromium.
// Every wait is a condition; the limits below only end a test that will never pass, so they are
// generous enough for a machine whose load is many times its cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
