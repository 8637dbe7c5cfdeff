import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  findOrganisationByOid,
  insertHostPartnership,
  insertOrganisation,
  type Organisation,
} from '@mobilis/db/repositories/organisation-repository';
import { organisationProfileSchema } from '@mobilis/domain/organisation/organisation-profile-input';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { InputValidationError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

/**
 * Adds a host institution to a sending organisation's directory. A host is one organisation
 * however many senders work with it: an OID that already exists links that organisation instead
 * of creating a copy.
 */
export async function addHostOrganisation(
  context: Context,
  input: { sendingOrganisationId: string; profile: unknown },
): Promise<Organisation> {
  await requireSendingRole(context.viewer, input.sendingOrganisationId);
  const profile = parseInput(organisationProfileSchema, input.profile);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const existing = profile.oid ? await findOrganisationByOid(trx, profile.oid) : null;
    if (existing?.id === input.sendingOrganisationId) {
      throw new InputValidationError([
        { path: ['oid'], code: 'INVALID_VALUE', message: 'This is your own organisation’s OID.' },
      ]);
    }
    const host =
      existing ??
      (await insertOrganisation(trx, { ...profile, createdByOrganisationId: input.sendingOrganisationId }));
    await insertHostPartnership(trx, input.sendingOrganisationId, host.id);
    await insertAuditEvent(trx, {
      organisationId: input.sendingOrganisationId,
      subjectType: 'ORGANISATION',
      subjectId: host.id,
      action: existing ? 'HOST_LINKED' : 'HOST_CREATED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { name: host.name, oid: host.oid },
    });
    return host;
  });
}
