import { randomBytes } from 'node:crypto';
import { type LogEvent, sql } from 'kysely';
import pg from 'pg';
import { createDb, type Db } from '../client';
import { migrateToLatest } from '../migrate';

export type TestEngine = 'pglite' | 'postgres';

export interface TestDatabase {
  db: Db;
  engine: TestEngine;
  /** SQL statements executed since the last `resetStatementCount()`. */
  statementCount(): number;
  resetStatementCount(): void;
  /** Empties every table (keeps the schema), for a clean slate between tests. */
  truncateAll(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A migrated database for one test file. DB_ENGINE (set by the Vitest project) picks embedded
 * in-memory PGlite or a brand-new database on the server at TEST_DATABASE_URL, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const engine: TestEngine = process.env.DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  let statements = 0;
  const onQuery = (event: LogEvent) => {
    if (event.level === 'query') statements += 1;
  };
  let dropDatabase = async () => {};
  let db: Db;
  if (engine === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('DB_ENGINE=postgres needs TEST_DATABASE_URL');
    const name = `mobilis_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = createDb({ databaseUrl: url.toString(), onQuery, maxConnections: 20 });
    dropDatabase = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  } else {
    db = createDb({ dataDir: 'memory://', onQuery });
  }
  await migrateToLatest(db);
  statements = 0;
  return {
    db,
    engine,
    statementCount: () => statements,
    resetStatementCount: () => {
      statements = 0;
    },
    truncateAll: async () => {
      const tables = await db.introspection.getTables();
      const names = tables.map((t) => `"${t.name}"`).join(', ');
      if (names) await sql.raw(`truncate ${names} restart identity cascade`).execute(db);
    },
    destroy: async () => {
      await db.destroy();
      await dropDatabase();
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
