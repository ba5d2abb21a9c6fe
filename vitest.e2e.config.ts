import { defineConfig } from 'vitest/config';

// Real-browser tests: no WXT plugin, they drive the built extension in Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
