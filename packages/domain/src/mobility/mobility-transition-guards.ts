import type { MobilityAction } from './mobility-action';
import type { MobilitySubject } from './mobility-status';
import { guardFailed, type TransitionError } from './mobility-transition-error';

function proposeGuard(mobility: MobilitySubject, hostId: string | undefined): TransitionError | null {
  const host = hostId ?? mobility.hostOrganisationId;
  if (host === null)
    return guardFailed('HOST_REQUIRED', 'Choose a host organisation before proposing the placement.');
  // Reference §8.7: the sending and the receiving organisation must differ.
  if (host === mobility.sendingOrganisationId) {
    return guardFailed(
      'HOST_SAME_AS_SENDER',
      'The host organisation must differ from the sending organisation.',
    );
  }
  if (mobility.status === 'DECLINED' && host === mobility.hostOrganisationId) {
    return guardFailed(
      'HOST_ALREADY_DECLINED',
      'This host declined the placement; propose it to another host.',
    );
  }
  return null;
}

/** The precondition of an action beyond status and role, or `null` when it holds. */
export function guardFailure(mobility: MobilitySubject, action: MobilityAction): TransitionError | null {
  switch (action.type) {
    case 'PROPOSE_PLACEMENT':
      return proposeGuard(mobility, action.hostOrganisationId);
    case 'CONCLUDE_LEARNING_AGREEMENT': {
      const { participant, sendingOrganisation, hostOrganisation } = action.signedBy;
      if (participant && sendingOrganisation && hostOrganisation) return null;
      return guardFailed(
        'LEARNING_AGREEMENT_NOT_SIGNED',
        'The learning agreement needs the signatures of the participant, the sending organisation and the host.',
      );
    }
    case 'CONFIRM_DEPARTURE':
      return action.attendanceConfirmed
        ? null
        : guardFailed('ATTENDANCE_NOT_CONFIRMED', 'Confirm attendance to confirm the departure.');
    case 'CLOSE_MOBILITY':
      if (!action.participantReportSubmitted) {
        return guardFailed(
          'PARTICIPANT_REPORT_MISSING',
          'The participant report has not been submitted yet.',
        );
      }
      return action.grantFinal ? null : guardFailed('GRANT_NOT_FINAL', 'The grant is not final yet.');
    case 'CANCEL_MOBILITY':
      return action.reason.trim() === ''
        ? guardFailed('CANCELLATION_REASON_REQUIRED', 'Give a reason for the cancellation.')
        : null;
    default:
      return null;
  }
}
