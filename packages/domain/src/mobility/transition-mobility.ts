import type { MobilityAction } from './mobility-action';
import { type Actor, actsAs } from './mobility-actor';
import type { MobilityStatus, MobilitySubject } from './mobility-status';
import { illegalTransition, notAllowed, type TransitionError } from './mobility-transition-error';
import { guardFailure } from './mobility-transition-guards';
import { isLegalTransition, MOBILITY_TRANSITIONS } from './mobility-transitions';

export type TransitionResult<M extends MobilitySubject> =
  | {
      readonly ok: true;
      readonly value: { readonly mobility: M; readonly from: MobilityStatus; readonly to: MobilityStatus };
    }
  | { readonly ok: false; readonly error: TransitionError };

function nextMobility<M extends MobilitySubject>(mobility: M, action: MobilityAction, to: MobilityStatus): M {
  if (action.type === 'PROPOSE_PLACEMENT') {
    return {
      ...mobility,
      status: to,
      hostOrganisationId: action.hostOrganisationId ?? mobility.hostOrganisationId,
    };
  }
  if (action.type === 'CANCEL_MOBILITY')
    return { ...mobility, status: to, cancelledFromStatus: mobility.status };
  return { ...mobility, status: to };
}

/**
 * Applies an action to a mobility, checking in order: the status allows it (ILLEGAL_TRANSITION),
 * the actor may take it (NOT_ALLOWED), its precondition holds (GUARD_FAILED). Returns the changed
 * mobility; the caller persists it (with its version) and records the audit event.
 */
export function transition<M extends MobilitySubject>(
  mobility: M,
  action: MobilityAction,
  actor: Actor,
): TransitionResult<M> {
  const rule = MOBILITY_TRANSITIONS[action.type];
  if (!isLegalTransition(mobility.status, action.type)) {
    return { ok: false, error: illegalTransition(action.type, mobility.status) };
  }
  if (!rule.by.some((role) => actsAs(actor, mobility, role)))
    return { ok: false, error: notAllowed(action.type) };
  const failure = guardFailure(mobility, action);
  if (failure) return { ok: false, error: failure };
  return {
    ok: true,
    value: { mobility: nextMobility(mobility, action, rule.to), from: mobility.status, to: rule.to },
  };
}
