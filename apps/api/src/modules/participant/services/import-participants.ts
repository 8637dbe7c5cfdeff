import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  findParticipantEmails,
  insertParticipants,
  type Participant,
} from '@mobilis/db/repositories/participant-repository';
import {
  type CsvRowError,
  csvLineOfEmail,
  parseParticipantCsv,
} from '@mobilis/domain/participant/participant-csv-import';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';

export class CsvImportError extends Error {
  constructor(readonly rowErrors: readonly CsvRowError[]) {
    super(`The file has ${rowErrors.length} problem(s); nothing was imported.`);
    this.name = 'CsvImportError';
  }
}

/**
 * Imports participants from CSV: every row is validated first (including e-mails already in the
 * organisation), every problem is reported by row and column, and the rows are inserted all or
 * nothing in one transaction.
 */
export async function importParticipants(
  context: Context,
  input: { organisationId: string; csv: string },
): Promise<Participant[]> {
  await requireSendingRole(context.viewer, input.organisationId);
  const parsed = parseParticipantCsv(input.csv);
  if (!parsed.ok) throw new CsvImportError(parsed.errors);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const emails = parsed.participants.map((p) => p.email);
    const taken = await findParticipantEmails(trx, input.organisationId, emails);
    if (taken.length > 0) {
      throw new CsvImportError(
        taken.map((email) => ({
          row: csvLineOfEmail(parsed.participants, email),
          column: 'email',
          code: 'EMAIL_TAKEN',
          message: VALIDATION_MESSAGES.EMAIL_TAKEN,
        })),
      );
    }
    const inserted = await insertParticipants(
      trx,
      parsed.participants.map((p) => ({ ...p, organisationId: input.organisationId, userId: null })),
    );
    await insertAuditEvent(trx, {
      organisationId: input.organisationId,
      subjectType: 'ORGANISATION',
      subjectId: input.organisationId,
      action: 'PARTICIPANTS_IMPORTED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { count: inserted.length },
    });
    return inserted;
  });
}
