import { HOST_ROLES, SENDING_ROLES } from '../access/membership-role';
import { hasRoleIn, isParticipant, type Viewer } from '../access/viewer';
import type { MobilitySubject } from './mobility-status';

/** Who may trigger a transition: the sending organisation, the host, the participant, or the system. */
export type ActorRole = 'SENDING_ORGANISATION' | 'HOST_ORGANISATION' | 'PARTICIPANT' | 'SYSTEM';

/** Mobilis itself, e.g. when the third signature completes a learning agreement. */
export const SYSTEM_ACTOR = { kind: 'SYSTEM' } as const;
export type SystemActor = typeof SYSTEM_ACTOR;

export type Actor = Viewer | SystemActor;

export function isSystemActor(actor: Actor): actor is SystemActor {
  return 'kind' in actor && actor.kind === 'SYSTEM';
}

/**
 * Whether the actor holds the role on this mobility: ADMIN or COORDINATOR of the sending
 * organisation, HOST_CONTACT of the host organisation, the participant themself, or the system.
 */
export function actsAs(actor: Actor, mobility: MobilitySubject, role: ActorRole): boolean {
  if (isSystemActor(actor)) return role === 'SYSTEM';
  switch (role) {
    case 'SENDING_ORGANISATION':
      return hasRoleIn(actor, mobility.sendingOrganisationId, SENDING_ROLES);
    case 'HOST_ORGANISATION':
      return hasRoleIn(actor, mobility.hostOrganisationId, HOST_ROLES);
    case 'PARTICIPANT':
      return isParticipant(actor, mobility.participantId);
    case 'SYSTEM':
      return false;
  }
}
