import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import { findOrganisationsByIds, isHostPartner } from '@mobilis/db/repositories/organisation-repository';
import { insertOutboxMessage } from '@mobilis/db/repositories/outbox-repository';
import { insertSignInToken } from '@mobilis/db/repositories/sign-in-token-repository';
import { upsertUserByEmail } from '@mobilis/db/repositories/user-repository';
import { emailField, requiredText } from '@mobilis/domain/validation/common-fields';
import { z } from 'zod';
import { requireSendingRole } from '../../../auth/sending-access';
import { hashSessionToken, newSessionToken } from '../../../auth/session-token';
import type { Context } from '../../../context';
import { NotFoundError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';
import { composeMessage, mailLocale } from '../../../mail/message-templates';

export const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;

const invitationSchema = z.strictObject({
  email: emailField,
  name: requiredText(200),
  locale: z.enum(['en', 'de']).default('en'),
});

/**
 * A sending coordinator invites a person at a host institution of its directory: a single-use
 * link valid for 7 days, e-mailed through the outbox in the same transaction.
 */
export async function inviteHostContact(
  context: Context,
  input: {
    sendingOrganisationId: string;
    hostOrganisationId: string;
    email: string;
    name: string;
    locale?: string | null;
  },
): Promise<{ email: string; expiresAt: Date }> {
  await requireSendingRole(context.viewer, input.sendingOrganisationId);
  const values = parseInput(invitationSchema, {
    email: input.email,
    name: input.name,
    ...(input.locale ? { locale: input.locale } : {}),
  });
  if (!(await isHostPartner(context.db, input.sendingOrganisationId, input.hostOrganisationId)))
    throw new NotFoundError();
  const now = context.clock();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const token = newSessionToken();
  return context.db.transaction().execute(async (trx) => {
    const user = await upsertUserByEmail(trx, {
      email: values.email,
      displayName: values.name,
      passwordHash: null,
      locale: values.locale,
    });
    await insertSignInToken(trx, {
      tokenHash: hashSessionToken(token),
      purpose: 'INVITATION',
      userId: user.id,
      hostOrganisationId: input.hostOrganisationId,
      invitedByOrganisationId: input.sendingOrganisationId,
      expiresAt,
      now,
    });
    const orgs = await findOrganisationsByIds(trx, [input.sendingOrganisationId, input.hostOrganisationId]);
    const locale = mailLocale(user.locale);
    const { subject, text } = composeMessage('HOST_INVITATION', locale, {
      name: values.name,
      senderName: orgs.find((o) => o.id === input.sendingOrganisationId)?.name ?? '',
      hostName: orgs.find((o) => o.id === input.hostOrganisationId)?.name ?? '',
      expiresOn: expiresAt.toISOString().slice(0, 10),
      link: `${context.publicOrigin}/host/invitation?token=${token}`,
    });
    await insertOutboxMessage(
      trx,
      {
        organisationId: input.sendingOrganisationId,
        mobilityId: null,
        kind: 'HOST_INVITATION',
        recipientEmail: values.email,
        recipientName: values.name,
        locale,
        subject,
        textBody: text,
      },
      now,
    );
    await insertAuditEvent(trx, {
      organisationId: input.sendingOrganisationId,
      subjectType: 'ORGANISATION',
      subjectId: input.hostOrganisationId,
      action: 'HOST_CONTACT_INVITED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { email: values.email },
    });
    return { email: values.email, expiresAt };
  });
}
