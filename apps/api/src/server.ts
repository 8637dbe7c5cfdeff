import { createDb } from '@mobilis/db/client';
import { migrateToLatest } from '@mobilis/db/migrate';
import { DEMO_PASSWORD, demoSignIns, seedDemoData } from '@mobilis/db/seeds/demo-seed';
import { isDatabaseEmpty } from '@mobilis/db/seeds/is-database-empty';
import pino from 'pino';
import { createApp } from './app';
import { hashPassword } from './auth/password-hasher';
import { loadConfig } from './config';
import { createLogTransport, createSmtpTransport } from './mail/mail-transport';
import { startOutboxDispatcher } from './mail/outbox-dispatcher';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const db = createDb({
  databaseUrl: config.databaseUrl,
  dataDir: config.pgliteDataDir,
  onPoolError: (error) => logger.warn({ err: error }, 'database connection lost; the pool will reconnect'),
});

const { applied } = await migrateToLatest(db);
if (applied.length) logger.info({ applied }, 'database migrated');
if (config.seedDemoData && (await isDatabaseEmpty(db))) {
  await seedDemoData(db, { hashPassword });
  logger.info('demo data loaded');
}

const app = await createApp(config, { db, logger });
await app.listen({ port: config.port, host: config.host });
const transport = config.mail.smtpUrl
  ? createSmtpTransport(config.mail.smtpUrl, config.mail.from)
  : createLogTransport(logger);
const stopDispatcher = startOutboxDispatcher(
  db,
  transport,
  () => new Date(),
  config.mail.outboxIntervalMs,
  logger,
);

const base = config.publicOrigin;
console.log(`
Mobilis is running on ${config.databaseUrl ? 'PostgreSQL' : `embedded PGlite (${config.pgliteDataDir})`}
  Organisations:      ${base}/org/
  Host institutions:  ${base}/host/
  Participants:       ${base}/participant/
  GraphQL API:        ${base}/graphql${config.mail.smtpUrl ? '' : `\n  E-mails (no SMTP):  ${base}/dev/mailbox`}
${
  config.seedDemoData
    ? `\nDemo sign-ins (password "${DEMO_PASSWORD}"):\n${demoSignIns.map((s) => `  ${s.email.padEnd(36)} ${s.who} → /${s.app}/`).join('\n')}\n`
    : ''
}`);

// Graceful shutdown: stop accepting connections, let in-flight requests finish, then close the
// database (PGlite must be closed cleanly to keep its files consistent).
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stopDispatcher();
    await app.close();
    transport.close();
    await db.destroy();
    process.exit(0);
  });
}
