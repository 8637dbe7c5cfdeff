import type { Db } from '@mobilis/db/client';
import { listMobilitiesOfProject } from '@mobilis/db/repositories/mobility-repository';
import { findOrganisationsByIds } from '@mobilis/db/repositories/organisation-repository';
import { findParticipantsByIds } from '@mobilis/db/repositories/participant-repository';
import { findVisibleProjectsByIds } from '@mobilis/db/repositories/project-repository';
import {
  BM_EXPORT_COLUMNS,
  beneficiaryModuleRow,
  toCsv,
} from '@mobilis/domain/export/beneficiary-module-export';
import type { GrantResult } from '@mobilis/domain/grant/grant-result';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { FastifyInstance } from 'fastify';
import { authenticateRequest } from '../auth/authenticate-request';
import { sessionCookies } from '../auth/session-cookies';
import type { Config } from '../config';
import { projectRateCard } from '../modules/project/project-rate-card';

function projectIdOf(globalId: string): string | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === 'Project' ? id : null;
  } catch {
    return null;
  }
}

/**
 * GET /export/projects/:projectId/mobilities.csv — a project's mobilities in the Beneficiary
 * Module's field set, for the sending organisation only. Anyone else gets 404, exactly as for a
 * project that does not exist.
 */
export function registerExportRoutes(app: FastifyInstance, db: Db, config: Config, clock: () => Date) {
  app.get<{ Params: { projectId: string } }>(
    '/export/projects/:projectId/mobilities.csv',
    async (request, reply) => {
      const cookies = sessionCookies(request, reply, config.session);
      const viewer = await authenticateRequest(db, cookies.read(), clock(), config.session);
      const projectId = projectIdOf(request.params.projectId);
      const [project] =
        viewer && projectId ? await findVisibleProjectsByIds(db, [projectId], viewer.user.id) : [];
      if (!project) return reply.code(404).send({ error: 'Not found' });
      const mobilities = await listMobilitiesOfProject(db, project.id);
      const participants = new Map(
        (
          await findParticipantsByIds(
            db,
            mobilities.map((m) => m.participantId),
          )
        ).map((p) => [p.id, p]),
      );
      const orgIds = [
        project.organisationId,
        ...mobilities.flatMap((m) => (m.hostOrganisationId ? [m.hostOrganisationId] : [])),
      ];
      const organisations = new Map((await findOrganisationsByIds(db, orgIds)).map((o) => [o.id, o]));
      const bands = projectRateCard(project).travelBands;
      const rows = mobilities.map((m) => {
        const participant = participants.get(m.participantId);
        const sending = organisations.get(m.organisationId);
        if (!participant || !sending) throw new Error('Mobility parties missing');
        const grant = m.grant as GrantResult;
        return beneficiaryModuleRow(
          {
            ...m,
            participant,
            sending,
            host: m.hostOrganisationId ? (organisations.get(m.hostOrganisationId) ?? null) : null,
            startDate: m.actualStartDate ?? m.plannedStartDate,
            endDate: m.actualEndDate ?? m.plannedEndDate,
            distanceKm: grant.distance?.km ?? null,
            grant,
          },
          bands,
        );
      });
      const fileName = `${project.code}-mobilities.csv`.replace(/[^\w.-]/g, '_');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(toCsv([[...BM_EXPORT_COLUMNS], ...rows]));
    },
  );
}
