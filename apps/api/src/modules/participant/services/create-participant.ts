import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  findParticipantEmails,
  insertParticipants,
  type Participant,
} from '@mobilis/db/repositories/participant-repository';
import { participantInputSchema } from '@mobilis/domain/participant/participant-input';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { InputValidationError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

/** Adds one participant. The special-category justification may only be written by an ADMIN. */
export async function createParticipant(
  context: Context,
  input: { organisationId: string; participant: unknown },
): Promise<Participant> {
  const role = await requireSendingRole(context.viewer, input.organisationId);
  const values = parseInput(participantInputSchema, input.participant);
  const justification = role === 'ADMIN' ? values.fewerOpportunitiesJustification : null;
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    if ((await findParticipantEmails(trx, input.organisationId, [values.email])).length > 0) {
      throw new InputValidationError([
        { path: ['email'], code: 'EMAIL_TAKEN', message: VALIDATION_MESSAGES.EMAIL_TAKEN },
      ]);
    }
    const [participant] = await insertParticipants(trx, [
      {
        ...values,
        fewerOpportunitiesJustification: justification,
        organisationId: input.organisationId,
        userId: null,
      },
    ]);
    if (!participant) throw new Error('insert returned no row');
    await insertAuditEvent(trx, {
      organisationId: input.organisationId,
      subjectType: 'PARTICIPANT',
      subjectId: participant.id,
      action: 'PARTICIPANT_CREATED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: {},
    });
    return participant;
  });
}
