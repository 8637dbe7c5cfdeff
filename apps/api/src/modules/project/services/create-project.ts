import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import { findProjectByCode, insertProject, type Project } from '@mobilis/db/repositories/project-repository';
import { parseProjectCode } from '@mobilis/domain/identifiers/project-code';
import { projectInputSchema } from '@mobilis/domain/project/project-input';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { rateCardVersion } from '@mobilis/domain/rate-card/resolve-rate-card';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { InputValidationError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

const invalid = (path: string, code: keyof typeof VALIDATION_MESSAGES) =>
  new InputValidationError([{ path: [path], code, message: VALIDATION_MESSAGES[code] }]);

/**
 * Registers a grant. Its action, call year, round and National Agency come from the project code;
 * its rate card starts as the call year's programme template (product decision 1).
 */
export async function createProject(
  context: Context,
  input: { organisationId: string; project: unknown },
): Promise<Project> {
  await requireSendingRole(context.viewer, input.organisationId);
  const values = parseInput(projectInputSchema, input.project);
  const parsed = parseProjectCode(values.code);
  if (!parsed.ok || parsed.value.action === null) throw invalid('code', 'PROJECT_ACTION_NOT_SUPPORTED');
  const template = rateCardTemplateForCallYear(parsed.value.callYear);
  if (!template) throw invalid('code', 'CALL_YEAR_NOT_SUPPORTED');
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    if (await findProjectByCode(trx, parsed.value.code)) throw invalid('code', 'PROJECT_CODE_TAKEN');
    const project = await insertProject(trx, {
      organisationId: input.organisationId,
      code: parsed.value.code,
      title: values.title,
      action: parsed.value.action ?? '',
      nationalAgency: parsed.value.nationalAgency,
      callYear: parsed.value.callYear,
      round: parsed.value.round,
      startDate: values.startDate,
      endDate: values.endDate,
      awardedCents: Object.fromEntries(values.awarded.map((a) => [a.category, a.amountCents])),
      rateCardTemplateId: template.templateId,
      rateCardOverrides: null,
      rateCardVersion: rateCardVersion(template, null),
    });
    await insertAuditEvent(trx, {
      organisationId: input.organisationId,
      subjectType: 'PROJECT',
      subjectId: project.id,
      action: 'PROJECT_CREATED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { code: project.code },
    });
    return project;
  });
}
