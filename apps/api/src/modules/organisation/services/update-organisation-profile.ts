import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import { type Organisation, updateOrganisation } from '@mobilis/db/repositories/organisation-repository';
import { organisationProfileSchema } from '@mobilis/domain/organisation/organisation-profile-input';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { StaleVersionError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

/** An ADMIN edits their own organisation's profile (organisation settings are ADMIN-only). */
export async function updateOrganisationProfile(
  context: Context,
  input: { organisationId: string; expectedVersion: number; profile: unknown },
): Promise<Organisation> {
  await requireSendingRole(context.viewer, input.organisationId, ['ADMIN']);
  const profile = parseInput(organisationProfileSchema, input.profile);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const updated = await updateOrganisation(trx, {
      id: input.organisationId,
      expectedVersion: input.expectedVersion,
      profile,
      now,
    });
    if (!updated) throw new StaleVersionError(null);
    await insertAuditEvent(trx, {
      organisationId: input.organisationId,
      subjectType: 'ORGANISATION',
      subjectId: input.organisationId,
      action: 'PROFILE_UPDATED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { profile },
    });
    return updated;
  });
}
