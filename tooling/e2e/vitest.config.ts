import { defineConfig } from 'vitest/config';

// Journeys share one running product (started once in global setup) and one browser, so files
// run one after another.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
