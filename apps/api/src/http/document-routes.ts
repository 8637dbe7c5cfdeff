import type { Db } from '@mobilis/db/client';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { FastifyInstance } from 'fastify';
import { authenticateRequest } from '../auth/authenticate-request';
import { sessionCookies } from '../auth/session-cookies';
import type { Config } from '../config';
import { certificatePdf } from '../documents/certificate-pdf';
import { loadDocumentData } from '../documents/document-data';
import { learningAgreementPdf } from '../documents/learning-agreement-pdf';

function mobilityIdOf(globalId: string): string | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === 'Mobility' ? id : null;
  } catch {
    return null;
  }
}

/**
 * GET /documents/mobilities/:id/learning-agreement.pdf and …/certificate.pdf — for the three
 * parties of that mobility only; anyone else gets 404, exactly as for a missing mobility.
 */
export function registerDocumentRoutes(app: FastifyInstance, db: Db, config: Config, clock: () => Date) {
  app.get<{ Params: { mobilityId: string; document: string } }>(
    '/documents/mobilities/:mobilityId/:document',
    async (request, reply) => {
      const kind = request.params.document;
      if (kind !== 'learning-agreement.pdf' && kind !== 'certificate.pdf')
        return reply.code(404).send({ error: 'Not found' });
      const viewer = await authenticateRequest(
        db,
        sessionCookies(request, reply, config.session).read(),
        clock(),
        config.session,
      );
      const mobilityId = mobilityIdOf(request.params.mobilityId);
      const data = viewer && mobilityId ? await loadDocumentData(db, mobilityId, viewer.user.id) : null;
      if (!data) return reply.code(404).send({ error: 'Not found' });
      if (kind === 'certificate.pdf' && !['COMPLETED', 'CLOSED'].includes(data.mobility.status)) {
        return reply
          .code(409)
          .send({ error: 'The certificate is available once the mobility is completed.' });
      }
      const bytes =
        kind === 'certificate.pdf' ? await certificatePdf(data) : await learningAgreementPdf(data);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${data.mobility.reference}-${kind}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes));
    },
  );
}
