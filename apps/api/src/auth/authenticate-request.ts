import type { Db } from '@mobilis/db/client';
import { listMembershipsByUserIds } from '@mobilis/db/repositories/membership-repository';
import { listParticipantsByUserIds } from '@mobilis/db/repositories/participant-repository';
import {
  findLiveSessionWithUserByTokenHash,
  touchSession,
} from '@mobilis/db/repositories/session-repository';
import type { Config } from '../config';
import type { RequestViewer } from '../context';
import { hashSessionToken } from './session-token';

// Writing last_seen_at on every request would turn every read into a write; a minute of slack
// on a 30-minute idle timeout is harmless.
const TOUCH_AFTER_MS = 60_000;

/** Resolves the cookie token to the signed-in viewer, or null for no, unknown or expired sessions. */
export async function authenticateRequest(
  db: Db,
  token: string | undefined,
  now: Date,
  sessionConfig: Config['session'],
): Promise<RequestViewer | null> {
  if (!token) return null;
  const found = await findLiveSessionWithUserByTokenHash(
    db,
    hashSessionToken(token),
    now,
    sessionConfig.idleTimeoutMs,
  );
  if (!found) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(db, found.session.id, now);
  }
  return requestViewer(db, found.user, found.session.id);
}

export function requestViewer(db: Db, user: RequestViewer['user'], sessionId: string): RequestViewer {
  const once = <T>(load: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => {
      value ??= load();
      return value;
    };
  };
  return {
    user,
    sessionId,
    memberships: once(() => listMembershipsByUserIds(db, [user.id])),
    participants: once(() => listParticipantsByUserIds(db, [user.id])),
  };
}
