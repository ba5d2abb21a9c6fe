import { defineConfig } from 'vitest/config';

// Firefox whole-road tests (tests/e2e/firefox): firefox-esr through WebDriver BiDi, one file at a time.
// Every wait is a condition; the limits only end a test that will never pass.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
