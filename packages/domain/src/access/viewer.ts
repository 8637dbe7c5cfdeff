import type { MembershipRole } from './membership-role';

export interface Membership {
  readonly organisationId: string;
  readonly role: MembershipRole;
}

/** The signed-in user as policies see them: memberships per organisation and participant identities. */
export interface Viewer {
  readonly userId: string;
  readonly memberships: readonly Membership[];
  readonly participantIds: readonly string[];
}

export function hasRoleIn(
  viewer: Viewer,
  organisationId: string | null,
  roles: readonly MembershipRole[],
): boolean {
  if (organisationId === null) return false;
  return viewer.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));
}

export function isParticipant(viewer: Viewer, participantId: string): boolean {
  return viewer.participantIds.includes(participantId);
}
