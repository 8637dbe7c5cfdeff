import { createTestDatabase, type TestDatabase } from '@mobilis/db/testing/test-database';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';

export interface TestApp {
  app: FastifyInstance;
  t: TestDatabase;
  config: Config;
  /** Moves the app's clock; every request reads it. */
  clock: { now: Date; advance(ms: number): void };
  /** Sends a GraphQL operation as a browser would (JSON POST), optionally with a session cookie. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string | undefined },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] | undefined;
  /** Raw Set-Cookie headers of the response. */
  setCookies: string[];
  /** `name=value` of the session cookie set by this response, if any. */
  sessionCookie: string | undefined;
}

/** The whole API over a fresh test database (PGlite or server PostgreSQL, per DB_ENGINE). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    SERVE_WEB_APPS: 'false',
    TRUSTED_DOCUMENTS: 'off',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const clock = {
    now: new Date('2026-11-29T09:00:00Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const app = await createApp(config, {
    db: t.db,
    // TEST_LOG_LEVEL=error shows masked errors' causes while debugging a test.
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    clock: () => clock.now,
    trustedDocuments: new Map(),
  });
  return {
    app,
    t,
    config,
    clock,
    graphql: async (query, variables, options) => {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: {
          'content-type': 'application/json',
          ...(options?.cookie ? { cookie: options.cookie } : {}),
        },
        payload: { query, variables },
      });
      const body = response.json();
      const raw = response.headers['set-cookie'];
      const setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      const session = setCookies.find((c) => c.startsWith(`${config.session.cookieName}=`));
      const sessionCookie = session?.split(';')[0];
      return { status: response.statusCode, data: body.data, errors: body.errors, setCookies, sessionCookie };
    },
    close: async () => {
      await app.close();
      await t.destroy();
    },
  };
}
