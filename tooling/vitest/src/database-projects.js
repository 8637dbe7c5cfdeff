// Plain JavaScript on purpose: Vite loads config files' workspace dependencies as external Node
// modules, and Node 20 cannot import TypeScript.

/**
 * Vitest projects for packages whose tests touch the database: every test file runs on embedded
 * PGlite, and again on server PostgreSQL when TEST_DATABASE_URL is set (CI sets it), so both
 * engines stay on one code path. The test harness in `@mobilis/db/testing/test-database` reads
 * DB_ENGINE.
 * @returns {import('vitest/config').TestProjectInlineConfiguration[]}
 */
export function databaseProjects() {
  /** @type {import('vitest/config').TestProjectInlineConfiguration[]} */
  const projects = [{ extends: true, test: { name: 'pglite', env: { DB_ENGINE: 'pglite' } } }];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({ extends: true, test: { name: 'postgres', env: { DB_ENGINE: 'postgres' } } });
  }
  return projects;
}
