import type { ParticipantCategory } from '../catalogue/participant-category';
import { countryGroupIn } from '../countries/country-group';
import { formatEuroCents } from '../message/english-format';
import { translatableMessage } from '../message/translatable-message';
import type { DayRate, Tapering } from '../rate-card/rate-card';
import {
  confidenceWarnings,
  type GrantContext,
  percentOfRoundedHalfUp,
  ruleFromFigure,
} from './grant-context';
import { type GrantLine, type GrantRule, grantLine, type LineOutcome } from './grant-result';
import { type GrantWarning, rateNotSet, rateOutsideRange } from './grant-warnings';

const CATEGORY_LABELS: Readonly<Record<ParticipantCategory, string>> = {
  STAFF: 'staff',
  LEARNER: 'learner',
  OTHER: 'other participant',
};

interface UsedRate {
  readonly cents: number;
  readonly rule: GrantRule;
  readonly warnings: readonly GrantWarning[];
}

function usedRate(ctx: GrantContext, figure: DayRate, sources: readonly string[]): UsedRate | null {
  const perMobility = ctx.facts.naDailyRateCents ?? null;
  const cents = perMobility ?? figure.amountCents;
  if (cents === null) return null;
  const rule = ruleFromFigure('INDIVIDUAL_SUPPORT_DAY_RATE', figure, sources);
  const outside =
    (figure.minCents !== null && cents < figure.minCents) ||
    (figure.maxCents !== null && cents > figure.maxCents);
  const warnings = [
    ...(perMobility === null ? confidenceWarnings('INDIVIDUAL_SUPPORT', figure) : []),
    ...(outside ? [rateOutsideRange(cents, figure.minCents, figure.maxCents)] : []),
  ];
  return { cents, rule: perMobility === null ? rule : { ...rule, origin: 'MOBILITY' }, warnings };
}

function taperedLine(ctx: GrantContext, tapering: Tapering, days: number, rate: UsedRate): GrantLine {
  const cents = percentOfRoundedHalfUp(rate.cents, tapering.percent);
  const explanation = translatableMessage(
    'INDIVIDUAL_SUPPORT_TAPERED',
    'Individual support from day {fromDay}: {days} days × {rate}, {percent} % of the day rate {fullRate} ({table} table).',
    {
      fromDay: tapering.fromDay,
      days,
      rateCents: cents,
      percent: tapering.percent,
      fullRateCents: rate.cents,
      table: ctx.card.tableLabel,
    },
    { rate: formatEuroCents(cents), fullRate: formatEuroCents(rate.cents) },
  );
  const rule = ruleFromFigure('INDIVIDUAL_SUPPORT_TAPERED', tapering.source);
  return grantLine('INDIVIDUAL_SUPPORT', days, cents, explanation, rule);
}

function manualLine(cents: number): LineOutcome {
  const explanation = translatableMessage(
    'FORCE_MAJEURE_INDIVIDUAL_SUPPORT',
    'Force majeure: individual support entered by hand, {amount}.',
    { amountCents: cents },
    { amount: formatEuroCents(cents) },
  );
  const rule = {
    code: 'FORCE_MAJEURE_AMOUNT',
    sources: ['W-MOB-YOU'],
    confidence: 'confirmed',
    origin: 'MOBILITY',
  } as const;
  return { lines: [grantLine('INDIVIDUAL_SUPPORT', 1, cents, explanation, rule)], warnings: [] };
}

/**
 * Individual support: a day rate by receiving-country group and participant category, paid for the
 * activity days plus funded travel days ("travel days are paid at the same day rate" [PODIA]).
 * Accompanying persons are paid staff rates [W-INCP].
 */
export function individualSupportLines(ctx: GrantContext): LineOutcome {
  const { facts, card, fundedDays } = ctx;
  // Zero-grant mobilities receive no EU grant for subsistence (reference §10).
  if (facts.zeroGrant) return { lines: [], warnings: [] };
  const manual = facts.forceMajeure ? facts.forceMajeureAmounts?.individualSupportCents : null;
  if (manual !== null && manual !== undefined) return manualLine(manual);
  if (fundedDays <= 0) return { lines: [], warnings: [] };
  const category: ParticipantCategory = facts.accompanyingPerson ? 'STAFF' : ctx.activity.category;
  const { group } = countryGroupIn(facts.hostCountry, card.countryGroupingId);
  const sources = facts.accompanyingPerson ? ['W-RATES', 'W-INCP'] : ['W-RATES'];
  const rate = usedRate(ctx, card.individualSupport[category][`group${group}`], sources);
  if (rate === null) {
    return {
      lines: [],
      warnings: [rateNotSet('INDIVIDUAL_SUPPORT', `${CATEGORY_LABELS[category]}, country group ${group}`)],
    };
  }
  const tapering = card.tapering;
  // Programme rule [POL-SCH]: from day 15 the day rate drops to 70 %. Mobilis counts days over the
  // funded duration (activity + funded travel days), the duration BM multiplies the rate by [W-FAQ].
  const fullDays = tapering === null ? fundedDays : Math.min(fundedDays, tapering.fromDay - 1);
  const explanation = translatableMessage(
    'INDIVIDUAL_SUPPORT_DAY_RATE',
    'Individual support, {categoryLabel} rate for country group {group}: {days} days × {rate} ({table} table).',
    { category, group, days: fullDays, rateCents: rate.cents, table: card.tableLabel },
    { categoryLabel: CATEGORY_LABELS[category], rate: formatEuroCents(rate.cents) },
  );
  const lines = [grantLine('INDIVIDUAL_SUPPORT', fullDays, rate.cents, explanation, rate.rule)];
  const warnings = [...rate.warnings];
  if (tapering !== null && fundedDays > fullDays) {
    lines.push(taperedLine(ctx, tapering, fundedDays - fullDays, rate));
    warnings.push(...confidenceWarnings('TAPERING', tapering.source));
  }
  return { lines, warnings };
}
