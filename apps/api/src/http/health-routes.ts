import type { Db } from '@mobilis/db/client';
import { pingDatabase } from '@mobilis/db/ping';
import type { FastifyInstance } from 'fastify';

/** /healthz: the process is up. /readyz: and it can reach its database (for load balancers). */
export function registerHealthRoutes(app: FastifyInstance, db: Db): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await pingDatabase(db);
      return { status: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
