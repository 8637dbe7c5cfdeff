import type { Db } from '@mobilis/db/client';
import { deleteSessionByTokenHash, insertSession } from '@mobilis/db/repositories/session-repository';
import { insertSignInAttempt } from '@mobilis/db/repositories/sign-in-attempt-repository';
import { findUserCredentialsByEmail, updateUserPasswordHash } from '@mobilis/db/repositories/user-repository';
import { signInInputSchema } from '@mobilis/domain/auth/sign-in-input';
import { requestViewer } from '../../../auth/authenticate-request';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../../../auth/password-hasher';
import { hashSessionToken, newSessionToken } from '../../../auth/session-token';
import { assertNotThrottled, emailHash } from '../../../auth/sign-in-throttle';
import type { Config } from '../../../config';
import type { RequestViewer } from '../../../context';
import { InvalidCredentialsError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

export interface SignInDeps {
  db: Db;
  now: Date;
  session: Config['session'];
  /** The token of the cookie the browser sent, if any: replaced so a session id never survives a sign-in. */
  previousToken: string | undefined;
  /** The client's address, for throttling guessing. */
  ip: string;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  viewer: RequestViewer;
}

/** E-mail + password → a new session. Unknown e-mail and wrong password fail identically. */
export async function signIn(deps: SignInDeps, rawInput: unknown): Promise<SignedIn> {
  const input = parseInput(signInInputSchema, rawInput);
  await assertNotThrottled(deps.db, input.email, deps.ip, deps.now);
  const user = await findUserCredentialsByEmail(deps.db, input.email);
  // Verify against a dummy hash when there is no account, so both failures take the same time.
  const storedHash = user?.passwordHash ?? (await dummyPasswordHash());
  const passwordMatches = await verifyPassword(storedHash, input.password);
  if (!user?.passwordHash || !passwordMatches) {
    await insertSignInAttempt(deps.db, {
      emailHash: emailHash(input.email),
      ip: deps.ip,
      succeeded: false,
      at: deps.now,
    });
    throw new InvalidCredentialsError();
  }

  const rehash = needsRehash(user.passwordHash) ? await hashPassword(input.password) : null;
  const token = newSessionToken();
  const expiresAt = new Date(deps.now.getTime() + deps.session.absoluteTimeoutMs);
  const session = await deps.db.transaction().execute(async (trx) => {
    if (rehash) await updateUserPasswordHash(trx, user.id, rehash);
    if (deps.previousToken) await deleteSessionByTokenHash(trx, hashSessionToken(deps.previousToken));
    await insertSignInAttempt(trx, {
      emailHash: emailHash(input.email),
      ip: deps.ip,
      succeeded: true,
      at: deps.now,
    });
    return insertSession(trx, {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      now: deps.now,
      expiresAt,
    });
  });
  const { passwordHash: _, ...publicUser } = user;
  return { token, expiresAt, viewer: requestViewer(deps.db, publicUser, session.id) };
}
