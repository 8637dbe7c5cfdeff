import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  findVisibleProjectsByIds,
  type Project,
  updateProjectRateCard,
} from '@mobilis/db/repositories/project-repository';
import { rateCardOverridesSchema } from '@mobilis/domain/rate-card/rate-card-overrides';
import { findRateCardTemplate } from '@mobilis/domain/rate-card/rate-card-templates';
import { rateCardVersion } from '@mobilis/domain/rate-card/resolve-rate-card';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { NotFoundError, StaleVersionError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

/**
 * The coordinator sets the National Agency's rates. The change is audited with the old and new
 * overrides, so budgets never change without an explanation (product decision 3). Existing
 * mobilities keep the grant and card version they were computed with until they are next edited.
 */
export async function updateRateCard(
  context: Context,
  input: { projectId: string; expectedVersion: number; overrides: unknown },
): Promise<Project> {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const [project] = await findVisibleProjectsByIds(context.db, [input.projectId], viewer.user.id);
  if (!project) throw new NotFoundError();
  await requireSendingRole(viewer, project.organisationId);
  const overrides = parseInput(rateCardOverridesSchema, input.overrides);
  const template = findRateCardTemplate(project.rateCardTemplateId);
  if (!template) throw new Error(`Unknown rate card template ${project.rateCardTemplateId}`);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const updated = await updateProjectRateCard(trx, {
      id: project.id,
      expectedVersion: input.expectedVersion,
      overrides,
      rateCardVersion: rateCardVersion(template, overrides),
      now,
    });
    if (!updated) throw new StaleVersionError(project.version);
    await insertAuditEvent(trx, {
      organisationId: project.organisationId,
      subjectType: 'PROJECT',
      subjectId: project.id,
      action: 'RATE_CARD_UPDATED',
      actorUserId: viewer.user.id,
      occurredAt: now,
      details: {
        before: project.rateCardOverrides,
        after: overrides,
        rateCardVersion: updated.rateCardVersion,
      },
    });
    return updated;
  });
}
