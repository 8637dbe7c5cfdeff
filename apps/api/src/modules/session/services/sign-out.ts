import type { Db } from '@mobilis/db/client';
import { deleteSessionByTokenHash } from '@mobilis/db/repositories/session-repository';
import { hashSessionToken } from '../../../auth/session-token';

/** Ends the session on the server: the old cookie is worthless afterwards, even if replayed. */
export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteSessionByTokenHash(db, hashSessionToken(token));
}
