import { type MembershipRole, SENDING_ROLES } from '@mobilis/domain/access/membership-role';
import type { Viewer } from '@mobilis/domain/access/viewer';
import { GraphQLError } from 'graphql';
import type { RequestViewer } from '../context';
import { NotFoundError } from '../graphql/errors';

/** The viewer as the domain's policies see them (memberships and participant identities). */
export async function policyViewer(viewer: RequestViewer): Promise<Viewer> {
  const [memberships, participants] = await Promise.all([viewer.memberships(), viewer.participants()]);
  return {
    userId: viewer.user.id,
    memberships: memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    participantIds: participants.map((p) => p.id),
  };
}

/** The viewer's role in the organisation when it is a sending role (ADMIN/COORDINATOR), else null. */
export async function sendingRole(
  viewer: RequestViewer | null,
  organisationId: string,
): Promise<MembershipRole | null> {
  if (!viewer) return null;
  const membership = (await viewer.memberships()).find((m) => m.organisationId === organisationId);
  return membership && SENDING_ROLES.includes(membership.role) ? membership.role : null;
}

/**
 * For mutations on a sending organisation's data: a non-member gets "not found" (a foreign
 * organisation is indistinguishable from a missing one); a COORDINATOR asking for an ADMIN-only
 * action gets FORBIDDEN.
 */
export async function requireSendingRole(
  viewer: RequestViewer | null,
  organisationId: string,
  allowed: readonly MembershipRole[] = SENDING_ROLES,
): Promise<MembershipRole> {
  const role = await sendingRole(viewer, organisationId);
  if (!role) throw new NotFoundError();
  if (!allowed.includes(role)) {
    throw new GraphQLError('Only an administrator of the organisation may do this.', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return role;
}
