import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import type { Context } from '../../../context';
import { applyMobilityTransition } from './apply-mobility-transition';

/** After a host declined, the sender can take the mobility back to draft to rework it. */
export function returnMobilityToDraft(
  context: Context,
  input: { mobilityId: string; expectedVersion: number },
): Promise<Mobility> {
  return applyMobilityTransition(context, {
    ...input,
    action: { type: 'RETURN_TO_DRAFT' },
    event: 'RETURNED_TO_DRAFT',
  });
}
