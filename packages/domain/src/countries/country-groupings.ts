import type { Provenance } from '../provenance/provenance';
import type { CountryCode } from './country-list';

/** Receiving-country groups for individual support; group 1 has the highest living costs. */
export type CountryGroupNumber = 1 | 2 | 3;

export const COUNTRY_GROUPING_IDS = ['groups-2021-2023', 'groups-2024'] as const;
export type CountryGroupingId = (typeof COUNTRY_GROUPING_IDS)[number];

export interface CountryGrouping {
  readonly id: CountryGroupingId;
  readonly firstCallYear: number;
  /** `null`: still in force. */
  readonly lastCallYear: number | null;
  readonly groups: Readonly<Record<CountryGroupNumber, readonly CountryCode[]>>;
  readonly source: Provenance;
}

// Programme rule: country groups change by call year, so they are keyed by it [HIOF] (a Norwegian
// HEI still used the old groups for 2024/25 with call 2023 money).
export const COUNTRY_GROUPINGS: Readonly<Record<CountryGroupingId, CountryGrouping>> = {
  'groups-2021-2023': {
    id: 'groups-2021-2023',
    firstCallYear: 2021,
    lastCallYear: 2023,
    groups: {
      1: ['DK', 'FI', 'IS', 'IE', 'LI', 'LU', 'NO', 'SE'],
      2: ['AT', 'BE', 'CY', 'FR', 'DE', 'GR', 'IT', 'MT', 'NL', 'PT', 'ES'],
      3: ['BG', 'HR', 'CZ', 'EE', 'HU', 'LV', 'LT', 'MK', 'PL', 'RO', 'RS', 'SK', 'SI', 'TR'],
    },
    source: { sources: ['FS-TRAB', 'SABANCI', 'POL-SCH', 'TUKE'], confidence: 'confirmed' },
  },
  'groups-2024': {
    id: 'groups-2024',
    firstCallYear: 2024,
    lastCallYear: null,
    groups: {
      1: ['AT', 'BE', 'DK', 'FI', 'FR', 'DE', 'IS', 'IE', 'IT', 'LI', 'LU', 'NL', 'NO', 'SE'],
      2: ['CY', 'CZ', 'EE', 'GR', 'LV', 'MT', 'PT', 'SK', 'SI', 'ES'],
      3: ['BG', 'HR', 'HU', 'LT', 'MK', 'PL', 'RO', 'RS', 'TR'],
    },
    source: {
      sources: ['VU', 'TR-2024', 'ULAP', 'PODIA'],
      confidence: 'reconstructed',
      note: "Reconstructed from institutions' pages, not the PG 2024 annex; Italy and the Netherlands each seen in one source only.",
    },
  },
};
