import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

/**
 * Serves the three built single-page apps from one origin. Unknown paths under an app's prefix
 * get its index.html so client-side routes survive a reload.
 */
export async function registerWebApps(app: FastifyInstance, webApps: NonNullable<Config['webApps']>) {
  const present = webApps.filter((webApp) => existsSync(webApp.dist));
  for (const [index, webApp] of present.entries()) {
    await app.register(fastifyStatic, {
      root: webApp.dist,
      prefix: webApp.prefix,
      decorateReply: index === 0,
      wildcard: false,
      index: ['index.html'],
    });
    app.get(webApp.prefix.slice(0, -1), (_request, reply) => reply.redirect(webApp.prefix));
  }
  app.get('/', (_request, reply) => reply.redirect('/org/'));
  app.setNotFoundHandler((request, reply) => {
    const webApp = present.find((candidate) => request.url.startsWith(candidate.prefix));
    if (webApp && request.method === 'GET' && !request.url.startsWith(`${webApp.prefix}assets/`)) {
      return reply.sendFile('index.html', webApp.dist);
    }
    return reply.code(404).send({ error: 'Not found' });
  });
}
