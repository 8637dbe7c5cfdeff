import type { MobilityActionType } from './mobility-action';
import type { ActorRole } from './mobility-actor';
import type { MobilityStatus } from './mobility-status';

export interface TransitionRule {
  readonly from: readonly MobilityStatus[];
  readonly to: MobilityStatus;
  /** Who may trigger it (any one of them). */
  readonly by: readonly ActorRole[];
  /** What must hold besides status and role; checked in mobility-transition-guards.ts. */
  readonly guard: string;
}

/** The one state machine of a mobility: for each action, where it may start, where it ends, who triggers it. */
export const MOBILITY_TRANSITIONS: Readonly<Record<MobilityActionType, TransitionRule>> = {
  PROPOSE_PLACEMENT: {
    from: ['DRAFT', 'DECLINED'],
    to: 'PROPOSED',
    by: ['SENDING_ORGANISATION'],
    // Reference §8.7: sending and receiving organisations must differ.
    guard: 'A host is chosen, differs from the sender and, after a decline, from the host that declined.',
  },
  CONFIRM_PLACEMENT: { from: ['PROPOSED'], to: 'CONFIRMED', by: ['HOST_ORGANISATION'], guard: 'None.' },
  DECLINE_PLACEMENT: { from: ['PROPOSED'], to: 'DECLINED', by: ['HOST_ORGANISATION'], guard: 'None.' },
  RETURN_TO_DRAFT: { from: ['DECLINED'], to: 'DRAFT', by: ['SENDING_ORGANISATION'], guard: 'None.' },
  CONCLUDE_LEARNING_AGREEMENT: {
    from: ['CONFIRMED'],
    to: 'AGREED',
    by: ['SYSTEM'],
    // The learning agreement is signed by participant, sending and hosting organisation [LA-T].
    guard: 'The participant, the sending organisation and the host have all signed.',
  },
  CONFIRM_ARRIVAL: { from: ['AGREED'], to: 'ONGOING', by: ['HOST_ORGANISATION'], guard: 'None.' },
  CONFIRM_DEPARTURE: {
    from: ['ONGOING'],
    to: 'COMPLETED',
    by: ['HOST_ORGANISATION'],
    // The host confirms the real dates and attendance [LA-HE-TR].
    guard: 'The host confirms attendance.',
  },
  CLOSE_MOBILITY: {
    from: ['COMPLETED'],
    to: 'CLOSED',
    by: ['SENDING_ORGANISATION'],
    guard: 'The participant report is submitted and the grant is final.',
  },
  CANCEL_MOBILITY: {
    from: ['DRAFT', 'PROPOSED', 'CONFIRMED', 'DECLINED', 'AGREED', 'ONGOING'],
    to: 'CANCELLED',
    by: ['SENDING_ORGANISATION'],
    guard: 'A reason is given; force majeure is stated either way.',
  },
};

export function isLegalTransition(status: MobilityStatus, action: MobilityActionType): boolean {
  return MOBILITY_TRANSITIONS[action].from.includes(status);
}
