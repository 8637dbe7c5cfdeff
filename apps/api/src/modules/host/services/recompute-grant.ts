import type { Executor } from '@mobilis/db/executor';
import type { Mobility, MobilityChanges } from '@mobilis/db/repositories/mobility-repository';
import { findOrganisationsByIds } from '@mobilis/db/repositories/organisation-repository';
import { findProjectsByIds } from '@mobilis/db/repositories/project-repository';
import { computeMobilityGrant, storedMobilityFacts } from '../../mobility/mobility-grant';

/**
 * The grant recalculated from the project's card with the actual dates the host confirmed, so the
 * sending side sees the real amount (and, on the timeline, the difference).
 */
export async function recomputeGrantWithActualDates(
  trx: Executor,
  current: Mobility,
  actual: { actualStartDate?: string; actualEndDate?: string },
): Promise<MobilityChanges> {
  const [project] = await findProjectsByIds(trx, [current.projectId]);
  const orgs = await findOrganisationsByIds(trx, [current.organisationId, current.hostOrganisationId ?? '']);
  const sending = orgs.find((o) => o.id === current.organisationId);
  const host = orgs.find((o) => o.id === current.hostOrganisationId);
  if (!project || !sending || !host) throw new Error('Mobility parties missing');
  const facts = { ...storedMobilityFacts(current), ...actual };
  const { grant } = computeMobilityGrant(facts, project, sending, host);
  return {
    ...actual,
    grant,
    grantTotalCents: grant.totalCents,
    rateCardVersion: grant.rateCardVersion,
  };
}
