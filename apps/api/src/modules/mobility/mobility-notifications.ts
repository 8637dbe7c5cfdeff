import type { Executor } from '@mobilis/db/executor';
import { listMembersWithRoles, type Member } from '@mobilis/db/repositories/membership-repository';
import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { findOrganisationsByIds } from '@mobilis/db/repositories/organisation-repository';
import { insertOutboxMessage } from '@mobilis/db/repositories/outbox-repository';
import { findParticipantsByIds } from '@mobilis/db/repositories/participant-repository';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { composeMessage, MAIL_WORDS, type MessageKind, mailLocale } from '../../mail/message-templates';

async function parties(trx: Executor, m: Mobility) {
  const orgs = await findOrganisationsByIds(trx, [
    m.organisationId,
    ...(m.hostOrganisationId ? [m.hostOrganisationId] : []),
  ]);
  const [participant] = await findParticipantsByIds(trx, [m.participantId]);
  return {
    senderName: orgs.find((o) => o.id === m.organisationId)?.name ?? '',
    hostName: orgs.find((o) => o.id === m.hostOrganisationId)?.name ?? '',
    participantName: participant ? `${participant.firstName} ${participant.lastName}` : '',
  };
}

async function send(
  trx: Executor,
  m: Mobility,
  recipients: Member[],
  kind: MessageKind,
  params: (r: Member) => Record<string, string>,
  now: Date,
) {
  for (const recipient of recipients) {
    const { subject, text } = composeMessage(kind, recipient.locale, {
      name: recipient.displayName,
      ...params(recipient),
    });
    await insertOutboxMessage(
      trx,
      {
        organisationId: m.organisationId,
        mobilityId: m.id,
        kind,
        recipientEmail: recipient.email,
        recipientName: recipient.displayName,
        locale: mailLocale(recipient.locale),
        subject,
        textBody: text,
      },
      now,
    );
  }
}

/** Tells the host's contacts that a placement waits for their decision. */
export async function notifyPlacementProposed(trx: Executor, m: Mobility, origin: string, now: Date) {
  if (!m.hostOrganisationId) return;
  const names = await parties(trx, m);
  const contacts = await listMembersWithRoles(trx, m.hostOrganisationId, ['HOST_CONTACT']);
  const link = `${origin}/host/placements/${encodeGlobalID('Mobility', m.id)}`;
  await send(
    trx,
    m,
    contacts,
    'PLACEMENT_PROPOSED',
    () => ({ ...names, startDate: m.plannedStartDate, endDate: m.plannedEndDate, link }),
    now,
  );
}

/** Tells the sending organisation's coordinators what the host decided. */
export async function notifyPlacementDecided(trx: Executor, m: Mobility, origin: string, now: Date) {
  const names = await parties(trx, m);
  const coordinators = await listMembersWithRoles(trx, m.organisationId, ['ADMIN', 'COORDINATOR']);
  const link = `${origin}/org/mobilities/${encodeGlobalID('Mobility', m.id)}`;
  await send(
    trx,
    m,
    coordinators,
    'PLACEMENT_DECIDED',
    (r) => {
      const words = MAIL_WORDS[mailLocale(r.locale)];
      const accepted = m.status === 'CONFIRMED';
      const details = accepted
        ? m.hostMentor
          ? `\n${words.mentor}: ${m.hostMentor.name}`
          : ''
        : m.declineReason
          ? `\n${words.reason}: ${m.declineReason}`
          : '';
      return {
        ...names,
        decision: accepted ? words.accepted : words.declined,
        details,
        startDate: m.plannedStartDate,
        endDate: m.plannedEndDate,
        link,
      };
    },
    now,
  );
}

/** Tells the sending organisation's coordinators that the host confirmed an arrival or departure. */
export async function notifyDatesConfirmed(
  trx: Executor,
  m: Mobility,
  event: 'arrival' | 'departure',
  origin: string,
  now: Date,
) {
  const names = await parties(trx, m);
  const coordinators = await listMembersWithRoles(trx, m.organisationId, ['ADMIN', 'COORDINATOR']);
  const link = `${origin}/org/mobilities/${encodeGlobalID('Mobility', m.id)}`;
  const date = (event === 'arrival' ? m.actualStartDate : m.actualEndDate) ?? '';
  await send(
    trx,
    m,
    coordinators,
    'DATES_CONFIRMED',
    (r) => ({ ...names, event: MAIL_WORDS[mailLocale(r.locale)][event], date, link }),
    now,
  );
}
