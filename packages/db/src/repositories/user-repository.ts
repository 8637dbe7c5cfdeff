import type { Executor } from '../executor';

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

export interface UserCredentials extends User {
  passwordHash: string | null;
}

const userColumns = ['id', 'email', 'display_name', 'locale'] as const;

function toUser(row: { id: string; email: string; display_name: string; locale: string }): User {
  return { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale };
}

/** For sign-in only: the one read that returns the password hash. */
export async function findUserCredentialsByEmail(
  db: Executor,
  email: string,
): Promise<UserCredentials | null> {
  const row = await db
    .selectFrom('app_user')
    .select([...userColumns, 'password_hash'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

export async function findUsersByIds(db: Executor, ids: readonly string[]): Promise<User[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('app_user')
    .select(userColumns)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toUser);
}

export async function updateUserPasswordHash(
  db: Executor,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export interface UserInsert {
  email: string;
  displayName: string;
  passwordHash: string | null;
  locale?: string;
}

/** Inserts or, when the e-mail exists, leaves the user as it is; returns the user either way. */
export async function upsertUserByEmail(db: Executor, user: UserInsert): Promise<User> {
  const email = user.email.toLowerCase();
  await db
    .insertInto('app_user')
    .values({
      email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      locale: user.locale ?? 'en',
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_user')
    .select(userColumns)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** Sets the name a person confirmed (and, if they chose one, their password hash). */
export async function updateUserProfile(
  db: Executor,
  change: { userId: string; displayName: string; passwordHash?: string | null; now: Date },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      display_name: change.displayName,
      ...(change.passwordHash ? { password_hash: change.passwordHash } : {}),
      updated_at: change.now,
    })
    .where('id', '=', change.userId)
    .execute();
}
