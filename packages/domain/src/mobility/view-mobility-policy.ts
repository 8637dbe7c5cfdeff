import { HOST_ROLES, SENDING_ROLES } from '../access/membership-role';
import { hasRoleIn, isParticipant, type Viewer } from '../access/viewer';
import type { MobilitySubject } from './mobility-status';

/** Whether the host has been shown the mobility: from the proposal on (architecture §5). */
function proposedToHost(mobility: MobilitySubject): boolean {
  if (mobility.status === 'DRAFT') return false;
  if (mobility.status === 'CANCELLED') {
    const from = mobility.cancelledFromStatus ?? 'DRAFT';
    return from !== 'DRAFT';
  }
  return true;
}

/**
 * Architecture §5: the sending organisation's members see its mobilities; host contacts see the
 * mobilities placed with their organisation from the moment they are proposed; a participant sees
 * their own. Anyone else must not learn the mobility exists.
 */
export function canViewMobility(viewer: Viewer, mobility: MobilitySubject): boolean {
  if (hasRoleIn(viewer, mobility.sendingOrganisationId, SENDING_ROLES)) return true;
  if (isParticipant(viewer, mobility.participantId)) return true;
  return hasRoleIn(viewer, mobility.hostOrganisationId, HOST_ROLES) && proposedToHost(mobility);
}

/** Editing the mobility's own data (dates, participant, flags) is the sender's, until it is closed. */
export function canEditMobility(viewer: Viewer, mobility: MobilitySubject): boolean {
  const editable = mobility.status !== 'CLOSED' && mobility.status !== 'CANCELLED';
  return editable && hasRoleIn(viewer, mobility.sendingOrganisationId, SENDING_ROLES);
}
