import type { Action } from './action';
import type { ActivityType } from './activity-type';
import { ACTIVITY_TYPE_CODES, type ActivityTypeCode, isActivityTypeCode } from './activity-type-codes';
import { HIGHER_EDUCATION_ACTIVITY_TYPES } from './higher-education-activity-types';
import { LEARNER_ACTIVITY_TYPES } from './learner-activity-types';
import { STAFF_AND_OTHER_ACTIVITY_TYPES } from './staff-activity-types';

const CATALOGUE: Readonly<Record<ActivityTypeCode, ActivityType>> = {
  ...LEARNER_ACTIVITY_TYPES,
  ...STAFF_AND_OTHER_ACTIVITY_TYPES,
  ...HIGHER_EDUCATION_ACTIVITY_TYPES,
};

/** Every activity type, in the order of `ACTIVITY_TYPE_CODES`. */
export const ACTIVITY_TYPES: readonly ActivityType[] = ACTIVITY_TYPE_CODES.map((code) => CATALOGUE[code]);

export function activityType(code: ActivityTypeCode): ActivityType {
  return CATALOGUE[code];
}

export function findActivityType(code: string): ActivityType | null {
  return isActivityTypeCode(code) ? CATALOGUE[code] : null;
}

/** The activity types a project of this action may record. */
export function activityTypesForAction(action: Action): readonly ActivityType[] {
  return ACTIVITY_TYPES.filter((type) => type.actions.includes(action));
}
