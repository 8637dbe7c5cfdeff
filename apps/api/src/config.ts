import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_ORIGIN: z.url().optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  PGLITE_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: booleanFlag.default(true),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(12).default(12),
  TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).optional(),
  SERVE_WEB_APPS: booleanFlag.default(true),
  SMTP_URL: z.string().startsWith('smtp').optional(),
  MAIL_FROM: z.string().default('Mobilis <no-reply@mobilis.localhost>'),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(2_000),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicOrigin: string;
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  seedDemoData: boolean;
  session: { idleTimeoutMs: number; absoluteTimeoutMs: number; cookieName: string; secureCookie: boolean };
  /** With 'enforce', only operations from the apps' persisted-document manifests are executed. */
  trustedDocuments: 'enforce' | 'off';
  /** Folders of the three built web apps, served at /org/, /host/ and /participant/. */
  webApps: { prefix: string; dist: string }[] | null;
  /** Without an SMTP server, e-mails are logged and shown on the development mailbox page. */
  mail: { smtpUrl: string | undefined; from: string; outboxIntervalMs: number };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The only reader of process.env: parses it once, fails fast with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as shells and CI systems write it.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicOrigin = e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`;
  const secureCookie = !LOCAL_HOSTS.has(new URL(publicOrigin).hostname);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicOrigin,
    databaseUrl: e.DATABASE_URL,
    pgliteDataDir: e.PGLITE_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    seedDemoData: e.SEED_DEMO_DATA,
    session: {
      idleTimeoutMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteTimeoutMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      // The __Host- prefix makes browsers insist on Secure, Path=/ and no Domain; it cannot be
      // used on plain-http localhost, where the cookie is not Secure.
      cookieName: secureCookie ? '__Host-mobilis_session' : 'mobilis_session',
      secureCookie,
    },
    trustedDocuments: e.TRUSTED_DOCUMENTS ?? (e.NODE_ENV === 'production' ? 'enforce' : 'off'),
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outboxIntervalMs: e.OUTBOX_INTERVAL_MS },
    webApps: e.SERVE_WEB_APPS
      ? ['org', 'host', 'participant'].map((name) => ({
          prefix: `/${name}/`,
          dist: `${repoRoot}apps/${name}-web/dist`,
        }))
      : null,
  };
}
