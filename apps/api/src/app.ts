import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import type { Db } from '@mobilis/db/client';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { authenticateRequest } from './auth/authenticate-request';
import { sessionCookies } from './auth/session-cookies';
import type { Config } from './config';
import type { Context } from './context';
import { createErrorFormatter } from './graphql/format-error';
import { MAX_TOKENS, maxAliasesRule, maxDepthRule } from './graphql/operation-limits';
import { schema } from './graphql/schema';
import { registerDevMailboxRoutes } from './http/dev-mailbox-routes';
import { registerDocumentRoutes } from './http/document-routes';
import { registerExportRoutes } from './http/export-routes';
import { registerHealthRoutes } from './http/health-routes';
import { loadTrustedDocuments, trustedDocumentsHook } from './http/trusted-documents';
import { registerWebApps } from './http/web-apps';

export interface AppDeps {
  db: Db;
  logger?: Logger;
  clock?: () => Date;
  trustedDocuments?: Map<string, string>;
}

/** The HTTP server with the GraphQL API and, when built, the three web apps. Tests use this directly. */
export async function createApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const logger = deps.logger ?? pino({ level: config.logLevel });
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: config.env === 'production',
  });
  await app.register(fastifyCookie);

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: config.env !== 'production',
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [maxDepthRule, maxAliasesRule],
    formatError: createErrorFormatter(logger),
    plugins: [fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();

  const documents = deps.trustedDocuments ?? loadTrustedDocuments();
  app.addHook('preHandler', async (request, reply) => {
    if (request.url.split('?')[0] === '/graphql')
      return trustedDocumentsHook(documents, config.trustedDocuments)(request, reply);
  });
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply): Promise<Context> => {
      const cookies = sessionCookies(request, reply, config.session);
      return {
        db: deps.db,
        viewer: await authenticateRequest(deps.db, cookies.read(), clock(), config.session),
        clock,
        log: request.log as Logger,
        requestId: request.id,
        cookies,
        sessionConfig: config.session,
        publicOrigin: config.publicOrigin,
        ip: request.ip,
      };
    },
  });
  registerHealthRoutes(app, deps.db);
  registerExportRoutes(app, deps.db, config, clock);
  registerDocumentRoutes(app, deps.db, config, clock);
  if (!config.mail.smtpUrl && !config.session.secureCookie) registerDevMailboxRoutes(app, deps.db);
  if (config.webApps) await registerWebApps(app, config.webApps);
  return app;
}
