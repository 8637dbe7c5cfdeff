import type { Executor } from '@mobilis/db/executor';
import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  lockLearningAgreement,
  saveLearningAgreement,
} from '@mobilis/db/repositories/learning-agreement-repository';
import {
  lockVisibleMobility,
  type Mobility,
  updateMobility,
} from '@mobilis/db/repositories/mobility-repository';
import {
  EMPTY_LEARNING_AGREEMENT,
  type LearningAgreementState,
  type SignerRole,
} from '@mobilis/domain/learning-agreement/learning-agreement-state';
import type { WorkflowResult } from '@mobilis/domain/learning-agreement/learning-agreement-workflow';
import { actsAs, SYSTEM_ACTOR } from '@mobilis/domain/mobility/mobility-actor';
import { transition } from '@mobilis/domain/mobility/transition-mobility';
import { GraphQLError } from 'graphql';
import { policyViewer } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { NotFoundError, StaleVersionError } from '../../../graphql/errors';
import { mobilitySubject } from '../../mobility/mobility.types';
import { notifyLearningAgreementStep } from '../learning-agreement-notifications';

const ROLE_OF: Record<SignerRole, 'PARTICIPANT' | 'SENDING_ORGANISATION' | 'HOST_ORGANISATION'> = {
  PARTICIPANT: 'PARTICIPANT',
  SENDING: 'SENDING_ORGANISATION',
  HOST: 'HOST_ORGANISATION',
};

// Agreements are drafted and changed while the mobility is being prepared or under way.
const OPEN_STATUSES = ['DRAFT', 'PROPOSED', 'CONFIRMED', 'AGREED', 'ONGOING'];

export class LearningAgreementError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LearningAgreementError';
  }
}

/**
 * One step of the three-party workflow in one transaction: lock the mobility (not found unless
 * the viewer is one of its parties) and its agreement, check the viewer acts in the role, let
 * the domain decide, save, keep the step in the history with a snapshot, notify the next party
 * through the outbox, and when the first version is signed by all three move the mobility to
 * AGREED.
 */
export async function actOnLearningAgreement(
  context: Context,
  input: { mobilityId: string; as: SignerRole },
  step: (state: LearningAgreementState, now: Date, mobility: Mobility) => WorkflowResult,
): Promise<{ mobility: Mobility; state: LearningAgreementState }> {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const actor = await policyViewer(viewer);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const mobility = await lockVisibleMobility(trx, input.mobilityId, viewer.user.id);
    if (!mobility) throw new NotFoundError();
    if (!actsAs(actor, mobilitySubject(mobility), ROLE_OF[input.as])) {
      throw new GraphQLError('You do not act for this party of the mobility.', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    if (!OPEN_STATUSES.includes(mobility.status)) {
      throw new LearningAgreementError(
        'MOBILITY_CLOSED_FOR_CHANGES',
        `The learning agreement of a ${mobility.status} mobility cannot change.`,
      );
    }
    const stored = await lockLearningAgreement(trx, mobility.id);
    const state = (stored?.state as LearningAgreementState | undefined) ?? EMPTY_LEARNING_AGREEMENT;
    const result = step(state, now, mobility);
    if (!result.ok) {
      if (result.error.code === 'STALE_PROPOSAL') throw new StaleVersionError(null);
      throw new LearningAgreementError(result.error.code, result.error.message);
    }
    await saveLearningAgreement(trx, {
      mobilityId: mobility.id,
      organisationId: mobility.organisationId,
      state: result.state,
      now,
    });
    await insertAuditEvent(trx, {
      organisationId: mobility.organisationId,
      subjectType: 'LEARNING_AGREEMENT',
      subjectId: mobility.id,
      action: result.event,
      actorUserId: viewer.user.id,
      occurredAt: now,
      // The full history: every step keeps a snapshot of what was proposed or agreed.
      details: { as: input.as, state: result.state },
    });
    const updated = result.firstVersionConcluded ? await concludeMobility(trx, mobility, now) : mobility;
    await notifyLearningAgreementStep(trx, updated, result.event, context.publicOrigin, now);
    return { mobility: updated, state: result.state };
  });
}

async function concludeMobility(trx: Executor, mobility: Mobility, now: Date): Promise<Mobility> {
  const outcome = transition(
    mobilitySubject(mobility),
    {
      type: 'CONCLUDE_LEARNING_AGREEMENT',
      signedBy: { participant: true, sendingOrganisation: true, hostOrganisation: true },
    },
    SYSTEM_ACTOR,
  );
  // Signed before the host confirmed the placement: the status moves once it is confirmed.
  if (!outcome.ok) return mobility;
  const updated = await updateMobility(trx, mobility.id, mobility.version, { status: outcome.value.to }, now);
  if (!updated) throw new StaleVersionError(mobility.version);
  await insertAuditEvent(trx, {
    organisationId: mobility.organisationId,
    subjectType: 'MOBILITY',
    subjectId: mobility.id,
    action: 'LEARNING_AGREEMENT_CONCLUDED',
    actorUserId: null,
    occurredAt: now,
    details: { from: outcome.value.from, to: outcome.value.to },
  });
  return updated;
}
