import { formatEuroCents } from '../message/english-format';
import { translatableMessage } from '../message/translatable-message';
import type { SourcedAmount, TravelBand } from '../rate-card/rate-card';
import { travelBandFor, travelBandLabel } from '../rate-card/travel-band-lookup';
import { confidenceWarnings, type GrantContext, percentOfRoundedDown, ruleFromFigure } from './grant-context';
import { type GrantLine, grantLine, type LineOutcome } from './grant-result';
import { type GrantWarning, rateNotSet, simpleWarning } from './grant-warnings';

const NONE: LineOutcome = { lines: [], warnings: [] };

function bandAmount(ctx: GrantContext, band: TravelBand): { figure: SourcedAmount; fallback: boolean } {
  if (!ctx.facts.greenTravel) return { figure: band.standard, fallback: false };
  // Decision (template-2021-2023.ts): a band without a green amount pays the standard amount.
  if (band.green.amountCents === null && band.green.origin === 'TEMPLATE') {
    return { figure: band.standard, fallback: true };
  }
  return { figure: band.green, fallback: false };
}

function bandLine(
  ctx: GrantContext,
  band: TravelBand,
  figure: SourcedAmount,
  cents: number,
  fallback: boolean,
) {
  const params = {
    band: travelBandLabel(band),
    minKm: band.minKm,
    maxKm: band.maxKm ?? '',
    mode: ctx.facts.greenTravel ? 'GREEN' : 'STANDARD',
    amountCents: cents,
    table: ctx.card.tableLabel,
  };
  const english = { amount: formatEuroCents(cents), mode: ctx.facts.greenTravel ? 'green' : 'standard' };
  const explanation = fallback
    ? translatableMessage(
        'TRAVEL_BAND_GREEN_FALLBACK',
        'Travel band {band}, green travel: {amount} per participant, the standard amount, as the {table} table has no green amount for this band.',
        params,
        english,
      )
    : translatableMessage(
        'TRAVEL_BAND',
        'Travel band {band}, {mode} travel: {amount} per participant ({table} table).',
        params,
        english,
      );
  return grantLine('TRAVEL', 1, cents, explanation, ruleFromFigure('TRAVEL_BAND', figure, ['W-DIST']));
}

/**
 * Programme rule [W-EXC]: when the band amount covers less than 70 % of the real travel cost, the
 * grant is 80 % of the real cost instead — it replaces the band amount, never adds to it.
 * Rounded down to the cent so it never exceeds 80 %.
 */
function expensiveTravel(ctx: GrantContext, bandLine: GrantLine, realCents: number): LineOutcome {
  const { coverageBelowPercent, reimbursedPercent, source } = ctx.card.expensiveTravel;
  const bandCents = bandLine.amountCents;
  const params = { bandAmountCents: bandCents, realCostCents: realCents, coverage: coverageBelowPercent };
  const english = { bandAmount: formatEuroCents(bandCents), realCost: formatEuroCents(realCents) };
  if (bandCents * 100 >= realCents * coverageBelowPercent) {
    const warning = simpleWarning(
      'EXPENSIVE_TRAVEL_NOT_ELIGIBLE',
      'Expensive travel not granted: the band amount {bandAmount} covers at least {coverage} % of the real cost {realCost}.',
      params,
      english,
    );
    return { lines: [bandLine], warnings: [warning] };
  }
  const cents = percentOfRoundedDown(realCents, reimbursedPercent);
  const explanation = translatableMessage(
    'EXPENSIVE_TRAVEL',
    'Expensive travel: the band amount {bandAmount} covers less than {coverage} % of the real cost {realCost}, so {reimbursed} % of it is paid instead: {amount}.',
    { ...params, reimbursed: reimbursedPercent, amountCents: cents },
    { ...english, amount: formatEuroCents(cents) },
  );
  const rule = ruleFromFigure('EXPENSIVE_TRAVEL', source);
  return {
    lines: [grantLine('EXCEPTIONAL_COSTS', 1, cents, explanation, { ...rule, origin: 'MOBILITY' })],
    warnings: [],
  };
}

function forceMajeureTravel(cents: number): LineOutcome {
  const explanation = translatableMessage(
    'FORCE_MAJEURE_TRAVEL',
    'Force majeure: travel support entered by hand, {amount}.',
    { amountCents: cents },
    { amount: formatEuroCents(cents) },
  );
  const rule = {
    code: 'FORCE_MAJEURE_AMOUNT',
    sources: ['W-TRAVDAYS'],
    confidence: 'confirmed',
    origin: 'MOBILITY',
  } as const;
  return { lines: [grantLine('TRAVEL', 1, cents, explanation, rule)], warnings: [] };
}

/** Travel support by distance band [W-DIST], or the expensive-travel exceptional cost [W-EXC]. */
export function travelLines(ctx: GrantContext, distanceKm: number | null): LineOutcome {
  const { facts } = ctx;
  // Zero-grant mobilities receive no EU grant for travel (reference §10).
  if (facts.zeroGrant) return NONE;
  const manual = facts.forceMajeure ? facts.forceMajeureAmounts?.travelCents : null;
  if (manual !== null && manual !== undefined) return forceMajeureTravel(manual);
  if (distanceKm === null) return NONE;
  const band = travelBandFor(distanceKm, ctx.card.travelBands);
  if (band === null) {
    const warning = simpleWarning(
      'DISTANCE_BELOW_MINIMUM',
      'No travel support below 10 km: {km} km is in no distance band.',
      { km: distanceKm },
    );
    return { lines: [], warnings: [warning] };
  }
  const { figure, fallback } = bandAmount(ctx, band);
  if (figure.amountCents === null)
    return { lines: [], warnings: [rateNotSet('TRAVEL', travelBandLabel(band))] };
  const warnings: GrantWarning[] = [...confidenceWarnings('TRAVEL', figure)];
  if (fallback) {
    warnings.push(
      simpleWarning(
        'GREEN_AMOUNT_NOT_IN_TABLE',
        'The {table} table has no green amount for {band}; the standard amount is paid.',
        { table: ctx.card.tableLabel, band: travelBandLabel(band) },
      ),
    );
  }
  const line = bandLine(ctx, band, figure, figure.amountCents, fallback);
  const real = facts.realTravelCostCents ?? null;
  if (real === null) return { lines: [line], warnings };
  const outcome = expensiveTravel(ctx, line, real);
  return { lines: outcome.lines, warnings: [...warnings, ...outcome.warnings] };
}
