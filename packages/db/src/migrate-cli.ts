import { createDb } from './client';
import { migrateToLatest } from './migrate';

// `pnpm db:migrate`: the same migrations the API runs at start-up, for deploy pipelines.
const db = createDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  const { applied } = await migrateToLatest(db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await db.destroy();
}
