import { databaseProjects } from '@mobilis/vitest-config/database-projects';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databaseProjects(),
  },
});
