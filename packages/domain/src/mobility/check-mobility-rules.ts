import type { Action } from '../catalogue/action';
import { activityType } from '../catalogue/activity-type-catalogue';
import { calendarDaysInclusive, epochDay } from '../dates/calendar-date';
import { VALIDATION_MESSAGES, type ValidationMessageCode } from '../validation/validation-messages';
import type { MobilityValues } from './mobility-input';

export interface RuleProblem {
  readonly path: readonly string[];
  readonly code: ValidationMessageCode;
  readonly message: string;
}

export interface MobilityRuleContext {
  readonly projectAction: Action;
  readonly projectStartDate: string;
  readonly projectEndDate: string;
  /** STAFF or LEARNER, of the participant chosen. */
  readonly participantCategory: 'STAFF' | 'LEARNER';
}

const problem = (path: string, code: ValidationMessageCode): RuleProblem => ({
  path: [path],
  code,
  message: VALIDATION_MESSAGES[code],
});

/**
 * The activity's programme rules a mobility must meet to be saved (reference §2.1, §8.2–8.3):
 * the project's action allows the activity; a learner activity is for a learner and a staff
 * activity for staff (accompanying persons are staff on learner activities); the activity days
 * are within the activity's range unless force majeure cut it short; course fees only on courses;
 * the dates lie within the project.
 */
export function checkMobilityRules(mobility: MobilityValues, context: MobilityRuleContext): RuleProblem[] {
  const type = activityType(mobility.activityType);
  const problems: RuleProblem[] = [];
  if (!type.actions.includes(context.projectAction))
    problems.push(problem('activityType', 'ACTIVITY_NOT_IN_ACTION'));
  const expected = mobility.accompanyingPerson ? 'STAFF' : type.category === 'OTHER' ? null : type.category;
  if (expected !== null && expected !== context.participantCategory && !mobility.accompanyingPerson) {
    problems.push(problem('activityType', 'ACTIVITY_CATEGORY_MISMATCH'));
  }
  const days = calendarDaysInclusive(mobility.plannedStartDate, mobility.plannedEndDate);
  const ranges = type.durationRanges;
  if (
    days !== null &&
    ranges &&
    !mobility.forceMajeure &&
    !ranges.some((r) => days >= r.minDays && days <= r.maxDays)
  ) {
    problems.push(problem('plannedEndDate', 'DURATION_OUT_OF_RANGE'));
  }
  if (mobility.courseFeeDays > 0 && !type.courseFees)
    problems.push(problem('courseFeeDays', 'COURSE_FEES_NOT_APPLICABLE'));
  const start = epochDay(mobility.plannedStartDate) ?? 0;
  const end = epochDay(mobility.plannedEndDate) ?? 0;
  if (start < (epochDay(context.projectStartDate) ?? 0) || end > (epochDay(context.projectEndDate) ?? 0)) {
    problems.push(problem('plannedStartDate', 'DATES_OUTSIDE_PROJECT'));
  }
  return problems;
}
