import type { Executor } from '@mobilis/db/executor';
import {
  findOrganisationsByIds,
  isHostPartner,
  type Organisation,
} from '@mobilis/db/repositories/organisation-repository';
import {
  findVisibleParticipantsByIds,
  type Participant,
} from '@mobilis/db/repositories/participant-repository';
import { findVisibleProjectsByIds, type Project } from '@mobilis/db/repositories/project-repository';
import {
  VALIDATION_MESSAGES,
  type ValidationMessageCode,
} from '@mobilis/domain/validation/validation-messages';
import { InputValidationError, NotFoundError } from '../../graphql/errors';

export interface MobilityParties {
  project: Project;
  participant: Participant;
  sending: Organisation;
  host: Organisation;
}

const invalid = (path: string, code: ValidationMessageCode) =>
  new InputValidationError([{ path: [path], code, message: VALIDATION_MESSAGES[code] }]);

/**
 * Loads and checks the parties of a mobility as the viewer may see them: the project is the
 * viewer's (else "not found"), the participant belongs to the project's organisation, and the
 * host is in that organisation's directory.
 */
export async function loadMobilityParties(
  db: Executor,
  viewerUserId: string,
  ids: { projectId: string; participantId: string; hostOrganisationId: string },
): Promise<MobilityParties> {
  const [project] = await findVisibleProjectsByIds(db, [ids.projectId], viewerUserId);
  if (!project) throw new NotFoundError();
  const [participant] = await findVisibleParticipantsByIds(db, [ids.participantId], viewerUserId);
  if (!participant || participant.organisationId !== project.organisationId)
    throw invalid('participantId', 'PARTICIPANT_UNKNOWN');
  if (!(await isHostPartner(db, project.organisationId, ids.hostOrganisationId))) {
    throw invalid('hostOrganisationId', 'HOST_NOT_IN_DIRECTORY');
  }
  const organisations = await findOrganisationsByIds(db, [project.organisationId, ids.hostOrganisationId]);
  const sending = organisations.find((o) => o.id === project.organisationId);
  const host = organisations.find((o) => o.id === ids.hostOrganisationId);
  if (!sending || !host) throw new NotFoundError();
  return { project, participant, sending, host };
}
