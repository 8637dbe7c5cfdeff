import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { cancelMobilityInputSchema } from '@mobilis/domain/mobility/mobility-input';
import type { Context } from '../../../context';
import { parseInput } from '../../../graphql/parse-input';
import { applyMobilityTransition } from './apply-mobility-transition';

/** Cancels before completion, with a reason and the force-majeure flag (→ CANCELLED). */
export async function cancelMobility(
  context: Context,
  input: { mobilityId: string; expectedVersion: number; reason: string; forceMajeure: boolean },
): Promise<Mobility> {
  const { reason, forceMajeure } = parseInput(cancelMobilityInputSchema, {
    reason: input.reason,
    forceMajeure: input.forceMajeure,
  });
  return applyMobilityTransition(context, {
    mobilityId: input.mobilityId,
    expectedVersion: input.expectedVersion,
    action: { type: 'CANCEL_MOBILITY', reason, forceMajeure },
    event: 'MOBILITY_CANCELLED',
    details: { reason, forceMajeure },
    changes: () => ({ cancellationReason: reason, forceMajeure }),
  });
}
