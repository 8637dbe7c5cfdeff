/**
 * Roles a user holds in an organisation (architecture §3). The API's GraphQL enum mirrors this
 * list. Sending organisations use ADMIN and COORDINATOR; host institutions use HOST_CONTACT.
 */
export const MEMBERSHIP_ROLES = ['ADMIN', 'COORDINATOR', 'HOST_CONTACT'] as const;

export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles that act for the sending organisation on its mobilities. */
export const SENDING_ROLES: readonly MembershipRole[] = ['ADMIN', 'COORDINATOR'];

/** Roles that act for the host institution on the mobilities placed with it. */
export const HOST_ROLES: readonly MembershipRole[] = ['HOST_CONTACT'];

export function isMembershipRole(value: string): value is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}
