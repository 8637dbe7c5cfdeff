import type { Provenance } from '../provenance/provenance';
import type {
  CountryGroupKey,
  DayRate,
  GroupDayRates,
  SourcedAmount,
  SourcedFigure,
  TravelBand,
} from './rate-card';

/** Builders that keep the template files short: each figure is written with its provenance. */
export function fromTemplate(provenance: Provenance): SourcedFigure {
  return { ...provenance, origin: 'TEMPLATE' };
}

export function euros(amountEuros: number | null, provenance: Provenance): SourcedAmount {
  return { amountCents: amountEuros === null ? null : amountEuros * 100, ...fromTemplate(provenance) };
}

export function travelBand(
  minKm: number,
  maxKm: number | null,
  standardEuros: number,
  greenEuros: number | null,
  provenance: Provenance,
  greenProvenance: Provenance = provenance,
): TravelBand {
  return {
    minKm,
    maxKm,
    standard: euros(standardEuros, provenance),
    green: euros(greenEuros, greenProvenance),
  };
}

interface DayRateFigures {
  readonly rate: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

const NO_FIGURES: DayRateFigures = { rate: null, min: null, max: null };

function dayRate(figures: DayRateFigures, provenance: Provenance): DayRate {
  const cents = (value: number | null) => (value === null ? null : value * 100);
  return {
    amountCents: cents(figures.rate),
    minCents: cents(figures.min),
    maxCents: cents(figures.max),
    ...fromTemplate(provenance),
  };
}

/** Day rates per country group, in euros; missing figures stay `null`. */
export function groupDayRates(
  provenance: Provenance,
  figures: Partial<Record<CountryGroupKey, DayRateFigures>> = {},
): GroupDayRates {
  return {
    group1: dayRate(figures.group1 ?? NO_FIGURES, provenance),
    group2: dayRate(figures.group2 ?? NO_FIGURES, provenance),
    group3: dayRate(figures.group3 ?? NO_FIGURES, provenance),
  };
}
