import type { Provenance } from '../provenance/provenance';

/**
 * EU Member States and the third countries associated to the programme (reference §4), ISO
 * 3166-1 alpha-2. Greece is stored as ISO `GR`; EU documents show `EL` (see country-code.ts).
 */
export const COUNTRY_CODES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'MK',
  'RS',
  'TR',
] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

export type CountryStatus = 'EU' | 'ASSOCIATED';

export interface Country {
  readonly code: CountryCode;
  /** English name; apps translate by `code`. */
  readonly name: string;
  readonly status: CountryStatus;
  /** Country part of HE Erasmus codes, e.g. `D` for Germany. */
  readonly erasmusPrefix: string;
}

type CountryRow = readonly [CountryCode, string, CountryStatus, string];

// Source [GR-COUNTRIES], [RS-NA] for membership; [EUF] for the prefixes that differ from ISO.
const ROWS: readonly CountryRow[] = [
  ['AT', 'Austria', 'EU', 'A'],
  ['BE', 'Belgium', 'EU', 'B'],
  ['BG', 'Bulgaria', 'EU', 'BG'],
  ['HR', 'Croatia', 'EU', 'HR'],
  ['CY', 'Cyprus', 'EU', 'CY'],
  ['CZ', 'Czechia', 'EU', 'CZ'],
  ['DK', 'Denmark', 'EU', 'DK'],
  ['EE', 'Estonia', 'EU', 'EE'],
  ['FI', 'Finland', 'EU', 'SF'],
  ['FR', 'France', 'EU', 'F'],
  ['DE', 'Germany', 'EU', 'D'],
  ['GR', 'Greece', 'EU', 'G'],
  ['HU', 'Hungary', 'EU', 'HU'],
  ['IE', 'Ireland', 'EU', 'IRL'],
  ['IT', 'Italy', 'EU', 'I'],
  ['LV', 'Latvia', 'EU', 'LV'],
  ['LT', 'Lithuania', 'EU', 'LT'],
  ['LU', 'Luxembourg', 'EU', 'LUX'],
  ['MT', 'Malta', 'EU', 'MT'],
  ['NL', 'Netherlands', 'EU', 'NL'],
  ['PL', 'Poland', 'EU', 'PL'],
  ['PT', 'Portugal', 'EU', 'P'],
  ['RO', 'Romania', 'EU', 'RO'],
  ['SK', 'Slovakia', 'EU', 'SK'],
  ['SI', 'Slovenia', 'EU', 'SI'],
  ['ES', 'Spain', 'EU', 'E'],
  ['SE', 'Sweden', 'EU', 'S'],
  ['IS', 'Iceland', 'ASSOCIATED', 'IS'],
  ['LI', 'Liechtenstein', 'ASSOCIATED', 'LI'],
  ['NO', 'Norway', 'ASSOCIATED', 'N'],
  ['MK', 'North Macedonia', 'ASSOCIATED', 'MK'],
  ['RS', 'Serbia', 'ASSOCIATED', 'RS'],
  ['TR', 'Türkiye', 'ASSOCIATED', 'TR'],
];

export const COUNTRIES: readonly Country[] = ROWS.map(([code, name, status, erasmusPrefix]) => ({
  code,
  name,
  status,
  erasmusPrefix,
}));

/** Prefixes that differ from ISO come from [EUF]; the others are assumed equal to ISO. */
export const ERASMUS_PREFIX_SOURCE: Readonly<Record<'differsFromIso' | 'equalsIso', Provenance>> = {
  differsFromIso: { sources: ['EUF'], confidence: 'confirmed' },
  equalsIso: {
    sources: ['EUF'],
    confidence: 'unconfirmed',
    note: 'Assumed equal to the ISO code; not confirmed country by country (reference §4).',
  },
};
