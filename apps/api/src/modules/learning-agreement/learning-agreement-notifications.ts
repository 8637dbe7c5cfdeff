import type { Executor } from '@mobilis/db/executor';
import { listMembersWithRoles, type Member } from '@mobilis/db/repositories/membership-repository';
import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { insertOutboxMessage } from '@mobilis/db/repositories/outbox-repository';
import { findParticipantsByIds } from '@mobilis/db/repositories/participant-repository';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { composeMessage, mailLocale } from '../../mail/message-templates';

/**
 * Who acts next after a step: the participant approves a new proposal, the sending coordinators
 * approve after the participant, the host after the sending side; a host comment goes back to
 * the coordinators; an agreement concluded goes to everyone.
 */
export async function notifyLearningAgreementStep(
  trx: Executor,
  m: Mobility,
  event: string,
  origin: string,
  now: Date,
) {
  const [participant] = await findParticipantsByIds(trx, [m.participantId]);
  const participantMember: Member[] = participant
    ? [
        {
          userId: participant.userId ?? '',
          email: participant.email,
          displayName: `${participant.firstName} ${participant.lastName}`,
          locale: 'en',
        },
      ]
    : [];
  const coordinators = () => listMembersWithRoles(trx, m.organisationId, ['ADMIN', 'COORDINATOR']);
  const hosts = () =>
    m.hostOrganisationId
      ? listMembersWithRoles(trx, m.hostOrganisationId, ['HOST_CONTACT'])
      : Promise.resolve([]);
  const recipients: Record<string, () => Promise<{ people: Member[]; app: string }>> = {
    PROPOSAL_DRAFTED: async () => ({ people: participantMember, app: 'participant' }),
    PROPOSAL_REVISED: async () => ({ people: participantMember, app: 'participant' }),
    CHANGE_PROPOSED: async () => ({ people: participantMember, app: 'participant' }),
    SIGNED_BY_PARTICIPANT: async () => ({ people: await coordinators(), app: 'org' }),
    SIGNED_BY_SENDING: async () => ({ people: await hosts(), app: 'host' }),
    HOST_COMMENTED: async () => ({ people: await coordinators(), app: 'org' }),
    PARTICIPANT_COMMENTED: async () => ({ people: await coordinators(), app: 'org' }),
  };
  const pick = recipients[event];
  if (!pick) return;
  const { people, app } = await pick();
  const path = app === 'host' ? 'placements' : 'mobilities';
  for (const person of people) {
    const locale = mailLocale(person.locale);
    const { subject, text } = composeMessage('LEARNING_AGREEMENT_STEP', locale, {
      name: person.displayName,
      reference: m.reference,
      link: `${origin}/${app}/${path}/${encodeGlobalID('Mobility', m.id)}`,
    });
    await insertOutboxMessage(
      trx,
      {
        organisationId: m.organisationId,
        mobilityId: m.id,
        kind: `LEARNING_AGREEMENT_${event}`,
        recipientEmail: person.email,
        recipientName: person.displayName,
        locale,
        subject,
        textBody: text,
      },
      now,
    );
  }
}
