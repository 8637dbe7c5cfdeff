import { formatEuroCents } from '../message/english-format';
import { translatableMessage } from '../message/translatable-message';
import { confidenceWarnings, type GrantContext, ruleFromFigure } from './grant-context';
import { grantLine, type LineOutcome } from './grant-result';
import { rateNotSet } from './grant-warnings';

/**
 * Organisational support, one unit per participant. Programme rule [W-OS121]: accompanying persons
 * and mobilities flagged "organisational support grant not requested" are excluded; zero-grant
 * mobilities still count. Staff in courses and training have their own unit cost [TENE].
 */
export function organisationalSupportLine(ctx: GrantContext): LineOutcome {
  const { facts, card, activity } = ctx;
  if (facts.accompanyingPerson || facts.organisationalSupportNotRequested) return { lines: [], warnings: [] };
  const courses = activity.courseFees;
  const figure = courses ? card.organisationalSupport.coursesAndTraining : card.organisationalSupport.general;
  const cents = figure.amountCents;
  if (cents === null) return { lines: [], warnings: [rateNotSet('ORGANISATIONAL_SUPPORT')] };
  const explanation = translatableMessage(
    courses ? 'ORGANISATIONAL_SUPPORT_COURSES' : 'ORGANISATIONAL_SUPPORT',
    courses
      ? 'Organisational support for staff in courses and training: {amount} per participant ({table} table).'
      : 'Organisational support: {amount} per participant ({table} table).',
    { amountCents: cents, table: card.tableLabel },
    { amount: formatEuroCents(cents) },
  );
  const rule = ruleFromFigure('ORGANISATIONAL_SUPPORT', figure, ['W-OS121']);
  return {
    lines: [grantLine('ORGANISATIONAL_SUPPORT', 1, cents, explanation, rule)],
    warnings: confidenceWarnings('ORGANISATIONAL_SUPPORT', figure),
  };
}
