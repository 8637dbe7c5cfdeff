import { insertOutboxMessage } from '@mobilis/db/repositories/outbox-repository';
import { insertSignInToken } from '@mobilis/db/repositories/sign-in-token-repository';
import { findUserCredentialsByEmail } from '@mobilis/db/repositories/user-repository';
import { emailField } from '@mobilis/domain/validation/common-fields';
import { z } from 'zod';
import { hashSessionToken, newSessionToken } from '../../../auth/session-token';
import type { Context } from '../../../context';
import { parseInput } from '../../../graphql/parse-input';
import { composeMessage, mailLocale } from '../../../mail/message-templates';

export const SIGN_IN_LINK_LIFETIME_MS = 60 * 60_000;

/**
 * E-mails a single-use sign-in link (60 minutes) to an existing account. The answer is the same
 * whether or not the address has an account, so it cannot be used to find out who uses Mobilis.
 */
export async function requestSignInLink(
  context: Context,
  input: { email: string; app: 'host' | 'participant' | 'org' },
): Promise<void> {
  const { email } = parseInput(z.strictObject({ email: emailField }), { email: input.email });
  const user = await findUserCredentialsByEmail(context.db, email);
  if (!user) return;
  const now = context.clock();
  const token = newSessionToken();
  await context.db.transaction().execute(async (trx) => {
    await insertSignInToken(trx, {
      tokenHash: hashSessionToken(token),
      purpose: 'SIGN_IN',
      userId: user.id,
      hostOrganisationId: null,
      invitedByOrganisationId: null,
      expiresAt: new Date(now.getTime() + SIGN_IN_LINK_LIFETIME_MS),
      now,
    });
    const locale = mailLocale(user.locale);
    const { subject, text } = composeMessage('SIGN_IN_LINK', locale, {
      name: user.displayName,
      link: `${context.publicOrigin}/${input.app}/sign-in-link?token=${token}`,
    });
    await insertOutboxMessage(
      trx,
      {
        organisationId: null,
        mobilityId: null,
        kind: 'SIGN_IN_LINK',
        recipientEmail: user.email,
        recipientName: user.displayName,
        locale,
        subject,
        textBody: text,
      },
      now,
    );
  });
}
