import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  lockVisibleMobility,
  type Mobility,
  updateMobility,
} from '@mobilis/db/repositories/mobility-repository';
import {
  findPreparationChecklists,
  updatePreparationChecklist,
} from '@mobilis/db/repositories/organisation-repository';
import { participantReportInputSchema } from '@mobilis/domain/participant/participant-report-input';
import { checklistOf, preparationChecklistSchema } from '@mobilis/domain/participant/preparation-checklist';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import {
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

/** Locks the mobility if the viewer is its participant (else "not found", even for other parties). */
async function lockOwnMobility(
  context: Context,
  trx: Parameters<typeof lockVisibleMobility>[0],
  mobilityId: string,
): Promise<Mobility> {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const mobility = await lockVisibleMobility(trx, mobilityId, viewer.user.id);
  const own = (await viewer.participants()).some((p) => p.id === mobility?.participantId);
  if (!mobility || !own) throw new NotFoundError();
  return mobility;
}

/** The participant ticks (or unticks) a preparation item of their sending organisation's checklist. */
export async function tickPreparationItem(
  context: Context,
  input: { mobilityId: string; expectedVersion: number; key: string; done: boolean },
): Promise<Mobility> {
  await context.viewer?.participants(); // loaded before the transaction: PGlite has one connection
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const mobility = await lockOwnMobility(context, trx, input.mobilityId);
    if (mobility.version !== input.expectedVersion) throw new StaleVersionError(mobility.version);
    const [stored] = await findPreparationChecklists(trx, [mobility.organisationId]);
    if (!checklistOf(stored?.checklist).some((item) => item.key === input.key)) {
      throw new InputValidationError([
        { path: ['key'], code: 'INVALID_VALUE', message: VALIDATION_MESSAGES.INVALID_VALUE },
      ]);
    }
    const preparation = { ...(mobility.preparation ?? {}) };
    if (input.done) preparation[input.key] = now.toISOString();
    else delete preparation[input.key];
    const updated = await updateMobility(trx, mobility.id, input.expectedVersion, { preparation }, now);
    if (!updated) throw new StaleVersionError(mobility.version);
    return updated;
  });
}

/** After the end, the participant submits a short report once; it can no longer be edited. */
export async function submitParticipantReport(
  context: Context,
  input: { mobilityId: string; expectedVersion: number; report: unknown },
): Promise<Mobility> {
  const report = parseInput(participantReportInputSchema, input.report);
  await context.viewer?.participants();
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const mobility = await lockOwnMobility(context, trx, input.mobilityId);
    if (mobility.version !== input.expectedVersion) throw new StaleVersionError(mobility.version);
    if (!['COMPLETED', 'CLOSED'].includes(mobility.status) || mobility.participantReport) {
      throw new InvalidTransitionError(
        'REPORT_NOT_OPEN',
        'The report opens once the mobility is completed, and is submitted once.',
        mobility.status,
      );
    }
    const updated = await updateMobility(
      trx,
      mobility.id,
      input.expectedVersion,
      { participantReport: { ...report, submittedAt: now.toISOString() } },
      now,
    );
    if (!updated) throw new StaleVersionError(mobility.version);
    await insertAuditEvent(trx, {
      organisationId: mobility.organisationId,
      subjectType: 'MOBILITY',
      subjectId: mobility.id,
      action: 'PARTICIPANT_REPORT_SUBMITTED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { satisfaction: report.satisfaction },
    });
    return updated;
  });
}

/** The sending organisation defines the checklist its participants tick before departure. */
export async function setPreparationChecklist(
  context: Context,
  input: { organisationId: string; items: unknown },
) {
  await requireSendingRole(context.viewer, input.organisationId);
  const items = parseInput(preparationChecklistSchema, input.items);
  await updatePreparationChecklist(context.db, input.organisationId, items);
  return items;
}
