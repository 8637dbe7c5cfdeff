import type { Participant } from '@mobilis/db/repositories/participant-repository';
import { sendingRole } from '../../auth/sending-access';
import type { Context } from '../../context';

/**
 * Personal details (e-mail, date of birth, class, fewer-opportunities flag) are for the sending
 * organisation and the participant themself. A host contact reaching the participant through a
 * placement sees the name and category only.
 */
export async function seesParticipantDetails(context: Context, participant: Participant): Promise<boolean> {
  if (!context.viewer) return false;
  if (participant.userId === context.viewer.user.id) return true;
  return (await sendingRole(context.viewer, participant.organisationId)) !== null;
}
