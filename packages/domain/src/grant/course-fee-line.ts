import { formatEuroCents } from '../message/english-format';
import { translatableMessage } from '../message/translatable-message';
import { confidenceWarnings, type GrantContext, ruleFromFigure } from './grant-context';
import { grantLine, type LineOutcome } from './grant-result';
import { type GrantWarning, rateNotSet, simpleWarning } from './grant-warnings';

function dayWarnings(requested: number, maxDays: number, durationDays: number): GrantWarning[] {
  const warnings: GrantWarning[] = [];
  if (requested > maxDays) {
    warnings.push(
      simpleWarning(
        'COURSE_FEE_DAYS_ABOVE_CAP',
        '{days} course-fee days entered; course fees are paid for at most {maxDays} days, so {maxDays} are funded.',
        { days: requested, maxDays },
      ),
    );
  }
  const days = Math.min(requested, maxDays);
  if (days > durationDays) {
    warnings.push(
      simpleWarning(
        'COURSE_FEE_DAYS_ABOVE_DURATION',
        '{days} course-fee days is more than the {durationDays} activity days.',
        { days, durationDays },
      ),
    );
  }
  return warnings;
}

/**
 * Course fees: a day rate for structured courses and training, for at most 10 days per
 * participant [IKY-VET], [TENE] (€80 a day from 2021).
 */
export function courseFeeLine(ctx: GrantContext): LineOutcome {
  const { facts, card, activity } = ctx;
  const requested = facts.courseFeeDays ?? 0;
  if (requested <= 0) return { lines: [], warnings: [] };
  if (!activity.courseFees) {
    const warning = simpleWarning(
      'COURSE_FEES_NOT_APPLICABLE',
      'Course fees are not paid for {activityType}: only courses and training have course fees.',
      { activityType: activity.code, days: requested },
    );
    return { lines: [], warnings: [warning] };
  }
  const { perDay, maxDays } = card.courseFees;
  const days = Math.min(requested, maxDays);
  const warnings = dayWarnings(requested, maxDays, ctx.durationDays);
  if (perDay.amountCents === null) return { lines: [], warnings: [...warnings, rateNotSet('COURSE_FEES')] };
  const explanation = translatableMessage(
    'COURSE_FEES',
    'Course fees: {days} days × {rate} (at most {maxDays} days, {table} table).',
    { days, rateCents: perDay.amountCents, maxDays, table: card.tableLabel },
    { rate: formatEuroCents(perDay.amountCents) },
  );
  const line = grantLine(
    'COURSE_FEES',
    days,
    perDay.amountCents,
    explanation,
    ruleFromFigure('COURSE_FEES', perDay),
  );
  return { lines: [line], warnings: [...warnings, ...confidenceWarnings('COURSE_FEES', perDay)] };
}
