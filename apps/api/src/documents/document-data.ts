import type { Db } from '@mobilis/db/client';
import { findLearningAgreementsByMobilityIds } from '@mobilis/db/repositories/learning-agreement-repository';
import { findVisibleMobilitiesByIds, type Mobility } from '@mobilis/db/repositories/mobility-repository';
import { findOrganisationsByIds, type Organisation } from '@mobilis/db/repositories/organisation-repository';
import { findParticipantsByIds, type Participant } from '@mobilis/db/repositories/participant-repository';
import { findProjectsByIds } from '@mobilis/db/repositories/project-repository';
import {
  EMPTY_LEARNING_AGREEMENT,
  type LearningAgreementState,
} from '@mobilis/domain/learning-agreement/learning-agreement-state';

export interface DocumentData {
  mobility: Mobility;
  participant: Participant;
  sending: Organisation;
  host: Organisation | null;
  projectCode: string;
  agreement: LearningAgreementState;
}

/** Everything a mobility's documents show, if the viewer is one of its three parties; else null. */
export async function loadDocumentData(
  db: Db,
  mobilityId: string,
  viewerUserId: string,
): Promise<DocumentData | null> {
  const [mobility] = await findVisibleMobilitiesByIds(db, [mobilityId], viewerUserId);
  if (!mobility) return null;
  const [participant] = await findParticipantsByIds(db, [mobility.participantId]);
  const orgs = await findOrganisationsByIds(db, [
    mobility.organisationId,
    ...(mobility.hostOrganisationId ? [mobility.hostOrganisationId] : []),
  ]);
  const [project] = await findProjectsByIds(db, [mobility.projectId]);
  const [agreement] = await findLearningAgreementsByMobilityIds(db, [mobility.id]);
  const sending = orgs.find((o) => o.id === mobility.organisationId);
  if (!participant || !sending || !project) return null;
  return {
    mobility,
    participant,
    sending,
    host: orgs.find((o) => o.id === mobility.hostOrganisationId) ?? null,
    projectCode: project.code,
    agreement: (agreement?.state as LearningAgreementState | undefined) ?? EMPTY_LEARNING_AGREEMENT,
  };
}
