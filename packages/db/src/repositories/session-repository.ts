import type { Executor } from '../executor';
import type { User } from './user-repository';

export interface Session {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionInsert {
  tokenHash: string;
  userId: string;
  now: Date;
  expiresAt: Date;
}

export async function insertSession(db: Executor, session: SessionInsert): Promise<Session> {
  const row = await db
    .insertInto('session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .returning(['id', 'user_id', 'created_at', 'last_seen_at', 'expires_at'])
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/**
 * The session for a cookie token, only while it is within both its absolute expiry and the idle
 * timeout. Expired rows are treated exactly like unknown tokens.
 */
export async function findLiveSessionByTokenHash(
  db: Executor,
  tokenHash: string,
  now: Date,
  idleTimeoutMs: number,
): Promise<Session | null> {
  const row = await db
    .selectFrom('session')
    .select(['id', 'user_id', 'created_at', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - idleTimeoutMs))
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

export interface LiveSessionWithUser {
  session: Session;
  user: User;
}

/**
 * One statement per request for authentication: the live session for a cookie token together
 * with its user (see `findLiveSessionByTokenHash` for what "live" means).
 */
export async function findLiveSessionWithUserByTokenHash(
  db: Executor,
  tokenHash: string,
  now: Date,
  idleTimeoutMs: number,
): Promise<LiveSessionWithUser | null> {
  const row = await db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select([
      'session.id',
      'session.user_id',
      'session.created_at',
      'session.last_seen_at',
      'session.expires_at',
      'app_user.email',
      'app_user.display_name',
      'app_user.locale',
    ])
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', now)
    .where('session.last_seen_at', '>', new Date(now.getTime() - idleTimeoutMs))
    .executeTakeFirst();
  if (!row) return null;
  return {
    session: toSession(row),
    user: { id: row.user_id, email: row.email, displayName: row.display_name, locale: row.locale },
  };
}

export async function touchSession(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSessionByTokenHash(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

/** Housekeeping: removes sessions past their absolute expiry or idle for longer than allowed. */
export async function deleteDeadSessions(db: Executor, now: Date, idleTimeoutMs: number): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', new Date(now.getTime() - idleTimeoutMs))]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function toSession(row: {
  id: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}): Session {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}
