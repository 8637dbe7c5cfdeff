import type { Provenance } from '../provenance/provenance';
import {
  COUNTRY_GROUPINGS,
  type CountryGrouping,
  type CountryGroupingId,
  type CountryGroupNumber,
} from './country-groupings';
import type { CountryCode } from './country-list';

export interface CountryGroupAnswer {
  readonly group: CountryGroupNumber;
  readonly groupingId: CountryGroupingId;
  readonly source: Provenance;
}

/** The grouping in force for a call year; `null` before the 2021–2027 programme. */
export function countryGroupingForCallYear(callYear: number): CountryGrouping | null {
  const groupings = Object.values(COUNTRY_GROUPINGS);
  return (
    groupings.find(
      (g) => callYear >= g.firstCallYear && (g.lastCallYear === null || callYear <= g.lastCallYear),
    ) ?? null
  );
}

export function countryGroupIn(country: CountryCode, groupingId: CountryGroupingId): CountryGroupAnswer {
  const grouping = COUNTRY_GROUPINGS[groupingId];
  const numbers: readonly CountryGroupNumber[] = [1, 2, 3];
  const group = numbers.find((n) => grouping.groups[n].includes(country));
  // Every programme country is in exactly one group of each grouping (tested).
  if (group === undefined) throw new Error(`${country} is in no group of ${groupingId}`);
  return { group, groupingId, source: grouping.source };
}

/** The receiving country's group for a project of this call year; `null` before call 2021. */
export function countryGroup(country: CountryCode, callYear: number): CountryGroupAnswer | null {
  const grouping = countryGroupingForCallYear(callYear);
  return grouping === null ? null : countryGroupIn(country, grouping.id);
}
