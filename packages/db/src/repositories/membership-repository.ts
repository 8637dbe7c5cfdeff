import type { MembershipRole } from '@mobilis/domain/access/membership-role';
import type { Executor } from '../executor';

export type { MembershipRole };

export interface Membership {
  id: string;
  userId: string;
  organisationId: string;
  role: MembershipRole;
}

/** Memberships of several users at once (one statement for a whole request). */
export async function listMembershipsByUserIds(
  db: Executor,
  userIds: readonly string[],
): Promise<Membership[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('membership')
    .select(['id', 'user_id', 'organisation_id', 'role'])
    .where('user_id', 'in', [...userIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    organisationId: row.organisation_id,
    role: row.role as MembershipRole,
  }));
}

export async function upsertMembership(
  db: Executor,
  membership: { userId: string; organisationId: string; role: MembershipRole },
): Promise<void> {
  await db
    .insertInto('membership')
    .values({ user_id: membership.userId, organisation_id: membership.organisationId, role: membership.role })
    .onConflict((oc) => oc.columns(['user_id', 'organisation_id']).doUpdateSet({ role: membership.role }))
    .execute();
}

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
}

/** The people holding one of these roles in an organisation (notification recipients). */
export async function listMembersWithRoles(
  db: Executor,
  organisationId: string,
  roles: readonly MembershipRole[],
): Promise<Member[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('app_user', 'app_user.id', 'membership.user_id')
    .select(['app_user.id', 'app_user.email', 'app_user.display_name', 'app_user.locale'])
    .where('membership.organisation_id', '=', organisationId)
    .where('membership.role', 'in', [...roles])
    .orderBy('app_user.email')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, locale: r.locale }));
}
