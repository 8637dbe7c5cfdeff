import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { findOrganisationsByIds, isHostPartner } from '@mobilis/db/repositories/organisation-repository';
import { findProjectsByIds } from '@mobilis/db/repositories/project-repository';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import type { Context } from '../../../context';
import { InputValidationError } from '../../../graphql/errors';
import { computeMobilityGrant, storedMobilityFacts } from '../mobility-grant';
import { notifyPlacementProposed } from '../mobility-notifications';
import { applyMobilityTransition } from './apply-mobility-transition';

/**
 * Sends the placement to the host (DRAFT or DECLINED → PROPOSED). After a decline it goes to
 * another host of the directory, and the grant is recalculated for that host's country and distance.
 */
export async function proposePlacement(
  context: Context,
  input: { mobilityId: string; expectedVersion: number; hostOrganisationId?: string | null },
): Promise<Mobility> {
  return applyMobilityTransition(context, {
    mobilityId: input.mobilityId,
    expectedVersion: input.expectedVersion,
    action: {
      type: 'PROPOSE_PLACEMENT',
      ...(input.hostOrganisationId ? { hostOrganisationId: input.hostOrganisationId } : {}),
    },
    event: 'PLACEMENT_PROPOSED',
    notify: (updated, trx, now) => notifyPlacementProposed(trx, updated, context.publicOrigin, now),
    details: input.hostOrganisationId ? { hostOrganisationId: input.hostOrganisationId } : {},
    changes: async (current, trx) => {
      const hostId = input.hostOrganisationId ?? current.hostOrganisationId;
      if (!hostId || hostId === current.hostOrganisationId) return {};
      if (!(await isHostPartner(trx, current.organisationId, hostId))) {
        throw new InputValidationError([
          {
            path: ['hostOrganisationId'],
            code: 'HOST_NOT_IN_DIRECTORY',
            message: VALIDATION_MESSAGES.HOST_NOT_IN_DIRECTORY,
          },
        ]);
      }
      const [project] = await findProjectsByIds(trx, [current.projectId]);
      const orgs = await findOrganisationsByIds(trx, [current.organisationId, hostId]);
      const sending = orgs.find((o) => o.id === current.organisationId);
      const host = orgs.find((o) => o.id === hostId);
      if (!project || !sending || !host) throw new Error('Mobility parties missing');
      const { grant, computedDistanceKm } = computeMobilityGrant(
        storedMobilityFacts(current),
        project,
        sending,
        host,
      );
      return {
        hostOrganisationId: hostId,
        computedDistanceKm,
        grant,
        grantTotalCents: grant.totalCents,
        rateCardVersion: grant.rateCardVersion,
      };
    },
  });
}
