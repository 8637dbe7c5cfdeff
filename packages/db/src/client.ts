import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './database-schema';

export type Db = Kysely<Database>;

export interface CreateDbOptions {
  /** `postgres://…` — use server PostgreSQL through a `pg` pool. */
  databaseUrl?: string | undefined;
  /** Where embedded PGlite keeps its files; `memory://` keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** Called for every executed statement (logging, statement counting in tests and benchmarks). */
  onQuery?: ((event: LogEvent) => void) | undefined;
  /** Called when the pool reports an error on an idle client (a dropped connection). */
  onPoolError?: ((error: Error) => void) | undefined;
  /** Pool size for server PostgreSQL. */
  maxConnections?: number | undefined;
}

const PG_DATE_OID = 1082;

// A mobility's days are calendar days: keep SQL `date` values as 'YYYY-MM-DD' strings instead of
// letting the drivers turn them into midnight instants in the server's time zone.
const keepDateAsString = (value: string) => value;

/**
 * Opens the database: server PostgreSQL when a URL is given, otherwise embedded PGlite (the
 * zero-install default). Both run the same Kysely code.
 */
export function createDb(options: CreateDbOptions = {}): Db {
  const log = options.onQuery;
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === PG_DATE_OID
            ? keepDateAsString
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // node-postgres emits 'error' on the pool when an idle client's connection dies; without a
    // listener Node would exit. The pool discards that client and opens a new one on demand.
    pool.on('error', (error) => options.onPoolError?.(error));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  }
  const dataDir = options.dataDir ?? './.data/pglite';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir, { parsers: { [PG_DATE_OID]: keepDateAsString } });
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite), log });
}
