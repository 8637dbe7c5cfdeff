import type { MembershipRole } from '../access/membership-role';
import type { Viewer } from '../access/viewer';
import type { MobilityAction, MobilityActionType } from './mobility-action';
import { type Actor, SYSTEM_ACTOR } from './mobility-actor';
import type { MobilityStatus, MobilitySubject } from './mobility-status';

/** Test-only helpers for the lifecycle tests. */
export const SENDER = 'org-sender';
export const HOST = 'org-host';
export const OTHER_HOST = 'org-other-host';
export const PARTICIPANT = 'participant-1';

export function mobilityIn(status: MobilityStatus, extra: Partial<MobilitySubject> = {}): MobilitySubject {
  return {
    status,
    sendingOrganisationId: SENDER,
    hostOrganisationId: HOST,
    participantId: PARTICIPANT,
    ...extra,
  };
}

function member(organisationId: string, role: MembershipRole): Viewer {
  return { userId: `${organisationId}-${role}`, memberships: [{ organisationId, role }], participantIds: [] };
}

export const ACTORS = {
  sendingAdmin: member(SENDER, 'ADMIN'),
  sendingCoordinator: member(SENDER, 'COORDINATOR'),
  sendingHostContact: member(SENDER, 'HOST_CONTACT'),
  hostContact: member(HOST, 'HOST_CONTACT'),
  hostAdmin: member(HOST, 'ADMIN'),
  otherHostContact: member(OTHER_HOST, 'HOST_CONTACT'),
  participant: { userId: 'user-p', memberships: [], participantIds: [PARTICIPANT] },
  stranger: { userId: 'user-x', memberships: [], participantIds: ['participant-2'] },
  system: SYSTEM_ACTOR,
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof ACTORS;

/** An action of each type whose guard holds for a mobility in `status`. */
export function passingAction(type: MobilityActionType, status: MobilityStatus): MobilityAction {
  switch (type) {
    case 'PROPOSE_PLACEMENT':
      return { type, hostOrganisationId: status === 'DECLINED' ? OTHER_HOST : HOST };
    case 'CONCLUDE_LEARNING_AGREEMENT':
      return { type, signedBy: { participant: true, sendingOrganisation: true, hostOrganisation: true } };
    case 'CONFIRM_DEPARTURE':
      return { type, attendanceConfirmed: true };
    case 'CLOSE_MOBILITY':
      return { type, participantReportSubmitted: true, grantFinal: true };
    case 'CANCEL_MOBILITY':
      return { type, reason: 'Participant ill', forceMajeure: true };
    case 'DECLINE_PLACEMENT':
      return { type, reason: 'No mentor available' };
    default:
      return { type };
  }
}
