import type { Executor } from '@mobilis/db/executor';
import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  lockMobilityForHost,
  lockMobilityForSender,
  type Mobility,
  type MobilityChanges,
  updateMobility,
} from '@mobilis/db/repositories/mobility-repository';
import type { MobilityAction } from '@mobilis/domain/mobility/mobility-action';
import { transition } from '@mobilis/domain/mobility/transition-mobility';
import { GraphQLError } from 'graphql';
import { policyViewer } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { InvalidTransitionError, NotFoundError, StaleVersionError } from '../../../graphql/errors';
import { mobilitySubject } from '../mobility.types';

export interface TransitionRequest {
  mobilityId: string;
  expectedVersion: number;
  action: MobilityAction;
  /** Audit action name, e.g. PLACEMENT_PROPOSED. */
  event: string;
  details?: Record<string, unknown>;
  /** Extra column changes that go with the new status (e.g. the cancellation reason). */
  changes?: (current: Mobility, trx: Executor) => Promise<MobilityChanges> | MobilityChanges;
  /** Which side acts: the sending organisation (default) or the host's contact. */
  side?: 'SENDING' | 'HOST';
  /** Messages to write to the outbox in the same transaction, once the change is made. */
  notify?: (updated: Mobility, trx: Executor, now: Date) => Promise<void>;
}

/**
 * One lifecycle step, in one transaction: lock the mobility (not found unless the viewer sends
 * for it, or — host side — is a contact of the host it was proposed to), check its version, let
 * the domain state machine decide, write the new status, the audit event and the outbox messages
 * together.
 */
export async function applyMobilityTransition(
  context: Context,
  request: TransitionRequest,
): Promise<Mobility> {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const actor = await policyViewer(viewer);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const lock = request.side === 'HOST' ? lockMobilityForHost : lockMobilityForSender;
    const current = await lock(trx, request.mobilityId, viewer.user.id);
    if (!current) throw new NotFoundError();
    if (current.version !== request.expectedVersion) throw new StaleVersionError(current.version);
    const result = transition(mobilitySubject(current), request.action, actor);
    if (!result.ok) {
      if (result.error.kind === 'NOT_ALLOWED') {
        throw new GraphQLError(result.error.message, { extensions: { code: 'FORBIDDEN' } });
      }
      throw new InvalidTransitionError(result.error.code, result.error.message, current.status);
    }
    const next = result.value.mobility;
    const extra = request.changes ? await request.changes(current, trx) : {};
    const updated = await updateMobility(
      trx,
      current.id,
      request.expectedVersion,
      {
        status: next.status,
        hostOrganisationId: next.hostOrganisationId,
        cancelledFromStatus: next.cancelledFromStatus ?? current.cancelledFromStatus,
        ...extra,
      },
      now,
    );
    if (!updated) throw new StaleVersionError(current.version);
    await insertAuditEvent(trx, {
      organisationId: current.organisationId,
      subjectType: 'MOBILITY',
      subjectId: current.id,
      action: request.event,
      actorUserId: viewer.user.id,
      occurredAt: now,
      details: {
        from: result.value.from,
        to: result.value.to,
        ...request.details,
        // A recalculated grant (another host, actual dates) is explained on the timeline.
        ...(updated.grantTotalCents !== current.grantTotalCents
          ? { totalCentsBefore: current.grantTotalCents, totalCentsAfter: updated.grantTotalCents }
          : {}),
      },
    });
    await request.notify?.(updated, trx, now);
    return updated;
  });
}
