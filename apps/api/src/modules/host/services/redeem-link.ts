import { upsertMembership } from '@mobilis/db/repositories/membership-repository';
import { insertSession } from '@mobilis/db/repositories/session-repository';
import {
  lockSignInTokenByHash,
  markSignInTokenUsed,
  type SignInTokenPurpose,
} from '@mobilis/db/repositories/sign-in-token-repository';
import { findUsersByIds, updateUserProfile } from '@mobilis/db/repositories/user-repository';
import { requiredText } from '@mobilis/domain/validation/common-fields';
import { z } from 'zod';
import { requestViewer } from '../../../auth/authenticate-request';
import { hashPassword } from '../../../auth/password-hasher';
import { hashSessionToken, newSessionToken } from '../../../auth/session-token';
import type { Context } from '../../../context';
import { parseInput } from '../../../graphql/parse-input';
import type { SignedIn } from '../../session/services/sign-in';

/** An expired, used, unknown or wrong-kind link: one answer for all, so links cannot be probed. */
export class InvalidLinkError extends Error {
  constructor() {
    super('This link is no longer valid. Ask for a new one.');
    this.name = 'InvalidLinkError';
  }
}

const profileSchema = z.strictObject({
  displayName: requiredText(200),
  password: z
    .string()
    .min(10, { error: 'PASSWORD_TOO_SHORT' })
    .max(1024, { error: 'PASSWORD_TOO_LONG' })
    .nullish(),
});

/**
 * Redeems a single-use link in one transaction: lock the token, check kind, expiry and use, mark
 * it used, apply what the link grants (an invitation adds the HOST_CONTACT membership and the
 * name/password the person confirmed) and open a new session.
 */
export async function redeemLink(
  context: Context,
  input: {
    token: string;
    purpose: SignInTokenPurpose;
    displayName?: string | null;
    password?: string | null;
  },
): Promise<SignedIn> {
  const profile =
    input.purpose === 'INVITATION'
      ? parseInput(profileSchema, { displayName: input.displayName, password: input.password })
      : null;
  const passwordHash = profile?.password ? await hashPassword(profile.password) : null;
  const now = context.clock();
  const sessionToken = newSessionToken();
  const expiresAt = new Date(now.getTime() + context.sessionConfig.absoluteTimeoutMs);
  const result = await context.db.transaction().execute(async (trx) => {
    const token = await lockSignInTokenByHash(trx, hashSessionToken(input.token));
    if (!token || token.purpose !== input.purpose || token.usedAt || token.expiresAt <= now)
      throw new InvalidLinkError();
    if (!(await markSignInTokenUsed(trx, token.id, now))) throw new InvalidLinkError();
    if (profile) {
      await updateUserProfile(trx, {
        userId: token.userId,
        displayName: profile.displayName,
        passwordHash,
        now,
      });
      if (token.hostOrganisationId) {
        await upsertMembership(trx, {
          userId: token.userId,
          organisationId: token.hostOrganisationId,
          role: 'HOST_CONTACT',
        });
      }
    }
    const session = await insertSession(trx, {
      tokenHash: hashSessionToken(sessionToken),
      userId: token.userId,
      now,
      expiresAt,
    });
    const [user] = await findUsersByIds(trx, [token.userId]);
    if (!user) throw new InvalidLinkError();
    return { user, sessionId: session.id };
  });
  return { token: sessionToken, expiresAt, viewer: requestViewer(context.db, result.user, result.sessionId) };
}
