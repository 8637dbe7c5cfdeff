import type { Viewer } from '../access/viewer';
import { MOBILITY_ACTION_TYPES, type MobilityActionType } from './mobility-action';
import { type Actor, actsAs } from './mobility-actor';
import type { MobilitySubject } from './mobility-status';
import { isLegalTransition, MOBILITY_TRANSITIONS } from './mobility-transitions';

/**
 * Whether the actor may take the action on the mobility now: the status allows it and the actor
 * holds one of its roles. Preconditions that depend on input (e.g. signatures) are checked by
 * `transition`. The API enforces with these; the apps hide actions the viewer cannot take.
 */
export function canTakeMobilityAction(
  actor: Actor,
  mobility: MobilitySubject,
  action: MobilityActionType,
): boolean {
  return (
    isLegalTransition(mobility.status, action) &&
    MOBILITY_TRANSITIONS[action].by.some((role) => actsAs(actor, mobility, role))
  );
}

export function availableMobilityActions(actor: Actor, mobility: MobilitySubject): MobilityActionType[] {
  return MOBILITY_ACTION_TYPES.filter((action) => canTakeMobilityAction(actor, mobility, action));
}

export const canProposePlacement = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'PROPOSE_PLACEMENT');

export const canConfirmPlacement = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'CONFIRM_PLACEMENT');

export const canDeclinePlacement = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'DECLINE_PLACEMENT');

export const canReturnToDraft = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'RETURN_TO_DRAFT');

export const canConfirmArrival = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'CONFIRM_ARRIVAL');

export const canConfirmDeparture = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'CONFIRM_DEPARTURE');

export const canCancelMobility = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'CANCEL_MOBILITY');

export const canCloseMobility = (viewer: Viewer, mobility: MobilitySubject) =>
  canTakeMobilityAction(viewer, mobility, 'CLOSE_MOBILITY');
