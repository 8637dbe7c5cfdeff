import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  lockMobilityForHost,
  type Mobility,
  updateMobility,
} from '@mobilis/db/repositories/mobility-repository';
import { recordOutcomesInputSchema } from '@mobilis/domain/host/host-inputs';
import { canRecordOutcomes } from '@mobilis/domain/mobility/outcome-policy';
import { policyViewer } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';
import { mobilitySubject } from '../../mobility/mobility.types';

/**
 * The host assesses each learning outcome (achieved / partly / not) and describes the skills in
 * the Europass Mobility way; this later fills the participant's certificate.
 */
export async function recordOutcomes(
  context: Context,
  input: { mobilityId: string; expectedVersion: number; outcomes: unknown; skills: unknown },
): Promise<Mobility> {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const values = parseInput(recordOutcomesInputSchema, { outcomes: input.outcomes, skills: input.skills });
  const actor = await policyViewer(viewer);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const current = await lockMobilityForHost(trx, input.mobilityId, viewer.user.id);
    if (!current) throw new NotFoundError();
    if (current.version !== input.expectedVersion) throw new StaleVersionError(current.version);
    if (!canRecordOutcomes(actor, mobilitySubject(current))) {
      throw new InvalidTransitionError(
        'OUTCOMES_NOT_YET',
        'Outcomes can be recorded once the participant has arrived.',
        current.status,
      );
    }
    const updated = await updateMobility(trx, current.id, input.expectedVersion, { outcomes: values }, now);
    if (!updated) throw new StaleVersionError(current.version);
    await insertAuditEvent(trx, {
      organisationId: current.organisationId,
      subjectType: 'MOBILITY',
      subjectId: current.id,
      action: 'OUTCOMES_RECORDED',
      actorUserId: viewer.user.id,
      occurredAt: now,
      details: { outcomes: values.outcomes.length },
    });
    return updated;
  });
}
