import type { RateCard } from '../rate-card/rate-card';
import type { RateCardOverrides } from '../rate-card/rate-card-overrides';
import { resolveRateCard } from '../rate-card/resolve-rate-card';
import { TEMPLATE_2021_2023 } from '../rate-card/template-2021-2023';
import { TEMPLATE_2024 } from '../rate-card/template-2024';
import type { GrantResult } from './grant-result';
import type { MobilityFacts } from './mobility-facts-input';

/**
 * Test-only helpers. The NA day rates below are made-up test values (Mobilis ships no day rates):
 * round numbers so expected amounts are easy to check by hand.
 */
export const TEST_NA_RATES: RateCardOverrides = {
  individualSupport: {
    STAFF: { group1: 15_000, group2: 13_000, group3: 11_000 },
    LEARNER: { group1: 8_000, group2: 7_000, group3: 6_000 },
    OTHER: { group1: 15_000, group2: 13_000, group3: 11_000 },
  },
  note: 'Test NA rates',
};

export function cardWithRates(callYear: 2023 | 2024, extra: RateCardOverrides = {}): RateCard {
  const template = callYear === 2023 ? TEMPLATE_2021_2023 : TEMPLATE_2024;
  return resolveRateCard(template, { ...TEST_NA_RATES, ...extra });
}

/** A 5-day job shadowing in Valencia (ES) for call 2024, 1 450 km, no travel days. */
export function facts(overrides: Partial<MobilityFacts> = {}): MobilityFacts {
  return {
    callYear: 2024,
    activityType: 'SM-JOB-SHDW',
    hostCountry: 'ES',
    officialDistanceKm: 1450,
    startDate: '2024-10-07',
    endDate: '2024-10-11',
    ...overrides,
  };
}

/** An end date giving `days` activity days from 2024-10-01. */
export function endDateFor(days: number): string {
  const end = new Date(Date.UTC(2024, 9, 1 + days - 1));
  return end.toISOString().slice(0, 10);
}

export function linesOf(result: GrantResult, category: string) {
  return result.lines.filter((line) => line.category === category);
}

export function warningCodes(result: GrantResult): string[] {
  return result.warnings.map((warning) => warning.code);
}
