import { checkActivityDuration } from '../catalogue/activity-duration-check';
import type { ActivityType } from '../catalogue/activity-type';
import { activityType } from '../catalogue/activity-type-catalogue';
import { calendarDaysInclusive } from '../dates/calendar-date';
import type { RateCard } from '../rate-card/rate-card';
import { courseFeeLine } from './course-fee-line';
import type { GrantContext } from './grant-context';
import type { GrantResult, LineOutcome } from './grant-result';
import { type GrantWarning, simpleWarning } from './grant-warnings';
import { inclusionSupportLines } from './inclusion-support-lines';
import { individualSupportLines } from './individual-support-lines';
import type { MobilityFacts } from './mobility-facts-input';
import { organisationalSupportLine } from './organisational-support-line';
import { fundedTravelDays } from './travel-days';
import { chooseDistance } from './travel-distance';
import { travelLines } from './travel-lines';

function cardWarnings(facts: MobilityFacts, card: RateCard): GrantWarning[] {
  const inRange =
    facts.callYear >= card.firstCallYear &&
    (card.lastCallYear === null || facts.callYear <= card.lastCallYear);
  if (inRange) return [];
  return [
    simpleWarning(
      'CALL_YEAR_OUTSIDE_RATE_CARD',
      'The rate card "{card}" is for {table}, but the mobility belongs to call {callYear}.',
      { card: card.version, table: card.tableLabel, callYear: facts.callYear },
    ),
  ];
}

function ignoredAmounts(facts: MobilityFacts): GrantWarning[] {
  const amounts = facts.forceMajeureAmounts;
  const given =
    amounts !== undefined && (amounts.travelCents != null || amounts.individualSupportCents != null);
  if (facts.forceMajeure || !given) return [];
  return [
    simpleWarning(
      'FORCE_MAJEURE_AMOUNTS_IGNORED',
      'Amounts entered by hand are only used for force-majeure mobilities; the calculated amounts apply.',
    ),
  ];
}

function uniqueWarnings(warnings: readonly GrantWarning[]): GrantWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}:${JSON.stringify(w.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function emptyResult(card: RateCard, durationDays: number | null, warnings: GrantWarning[]): GrantResult {
  const fundedDays = durationDays ?? 0;
  return {
    lines: [],
    totalCents: 0,
    durationDays,
    fundedTravelDays: 0,
    fundedDays,
    distance: null,
    rateCardVersion: card.version,
    warnings: uniqueWarnings(warnings),
  };
}

type Preflight =
  | { readonly ok: true; readonly durationDays: number; readonly warnings: GrantWarning[] }
  | { readonly ok: false; readonly result: GrantResult };

/** Dates, duration limits and card coverage: what must hold before any amount is priced. */
function preflight(facts: MobilityFacts, card: RateCard, activity: ActivityType): Preflight {
  const warnings = cardWarnings(facts, card);
  const durationDays = calendarDaysInclusive(facts.startDate, facts.endDate);
  if (durationDays === null) {
    const invalid = simpleWarning(
      'INVALID_DATES',
      'The dates are not valid: the end date must not be before the start date.',
      { startDate: facts.startDate, endDate: facts.endDate },
    );
    return { ok: false, result: emptyResult(card, null, [...warnings, invalid]) };
  }
  warnings.push(
    ...checkActivityDuration(activity, durationDays, { forceMajeure: facts.forceMajeure ?? false }),
  );
  if (activity.actions.some((action) => card.coveredActions.includes(action))) {
    return { ok: true, durationDays, warnings };
  }
  const notCovered = simpleWarning(
    'ACTIVITY_NOT_COVERED_BY_RATE_CARD',
    'The rate card "{card}" has no rates for {activityType}; no grant is calculated.',
    { card: card.version, activityType: activity.code },
  );
  return { ok: false, result: emptyResult(card, durationDays, [...warnings, notCovered]) };
}

/**
 * The grant for one mobility under a project's rate card: one line per budget item, each with
 * quantity × unit amount and the rule it applies (product decision 3). Pure; integer euro cents.
 */
export function calculateGrant(facts: MobilityFacts, card: RateCard): GrantResult {
  const activity = activityType(facts.activityType);
  const checked = preflight(facts, card, activity);
  if (!checked.ok) return checked.result;
  const { durationDays } = checked;
  const travelDays = fundedTravelDays(facts.travelDays ?? 0, facts.greenTravel ?? false, card);
  const distance = chooseDistance(facts, card.travelBands);
  const fundedDays = durationDays + travelDays.days;
  const ctx: GrantContext = {
    facts,
    card,
    activity,
    durationDays,
    fundedTravelDays: travelDays.days,
    fundedDays,
  };
  const parts: LineOutcome[] = [
    travelLines(ctx, distance.distance?.km ?? null),
    individualSupportLines(ctx),
    organisationalSupportLine(ctx),
    courseFeeLine(ctx),
    inclusionSupportLines(ctx),
  ];
  const lines = parts.flatMap((part) => part.lines);
  // A zero-grant mobility gets no travel support, so its distance does not matter.
  const distanceWarnings = facts.zeroGrant ? [] : distance.warnings;
  const partWarnings = parts.flatMap((part) => part.warnings);
  const warnings = [
    ...checked.warnings,
    ...travelDays.warnings,
    ...distanceWarnings,
    ...ignoredAmounts(facts),
    ...partWarnings,
  ];
  return {
    lines,
    totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
    durationDays,
    fundedTravelDays: travelDays.days,
    fundedDays,
    distance: distance.distance,
    rateCardVersion: card.version,
    warnings: uniqueWarnings(warnings),
  };
}
