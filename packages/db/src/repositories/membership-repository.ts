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
