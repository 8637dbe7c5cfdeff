import { type TranslatableMessage, translatableMessage } from '../message/translatable-message';
import type { MobilityActionType } from './mobility-action';
import type { MobilityStatus } from './mobility-status';

/**
 * Why a transition was refused: the action does not apply in this status, the actor may not take
 * it, or a precondition failed. The API maps ILLEGAL_TRANSITION and GUARD_FAILED to
 * `InvalidTransitionError` and NOT_ALLOWED to a FORBIDDEN error.
 */
export type TransitionErrorKind = 'ILLEGAL_TRANSITION' | 'NOT_ALLOWED' | 'GUARD_FAILED';

export type TransitionError = TranslatableMessage & { readonly kind: TransitionErrorKind };

export function illegalTransition(action: MobilityActionType, status: MobilityStatus): TransitionError {
  return {
    kind: 'ILLEGAL_TRANSITION',
    ...translatableMessage('ILLEGAL_TRANSITION', '{action} is not possible while the mobility is {status}.', {
      action,
      status,
    }),
  };
}

export function notAllowed(action: MobilityActionType): TransitionError {
  return {
    kind: 'NOT_ALLOWED',
    ...translatableMessage('NOT_ALLOWED', 'You are not allowed to {action} on this mobility.', { action }),
  };
}

export function guardFailed(code: string, template: string, params = {}): TransitionError {
  return { kind: 'GUARD_FAILED', ...translatableMessage(code, template, params) };
}
