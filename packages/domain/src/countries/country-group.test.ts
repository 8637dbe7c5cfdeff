import { describe, expect, it } from 'vitest';
import { countryForErasmusPrefix, euDisplayCountryCode, parseCountryCode } from './country-code';
import { countryGroup, countryGroupIn } from './country-group';
import { COUNTRY_GROUPING_IDS, COUNTRY_GROUPINGS } from './country-groupings';
import { COUNTRIES, COUNTRY_CODES } from './country-list';

describe('country list', () => {
  it('has the 27 Member States and the 6 associated countries', () => {
    expect(COUNTRIES.filter((c) => c.status === 'EU')).toHaveLength(27);
    expect(COUNTRIES.filter((c) => c.status === 'ASSOCIATED').map((c) => c.code)).toEqual([
      'IS',
      'LI',
      'NO',
      'MK',
      'RS',
      'TR',
    ]);
    expect(COUNTRIES.map((c) => c.code)).toEqual([...COUNTRY_CODES]);
  });

  it('stores Greece as ISO GR and shows EL on EU documents', () => {
    expect(euDisplayCountryCode('GR')).toBe('EL');
    expect(euDisplayCountryCode('DE')).toBe('DE');
    expect(parseCountryCode(' el ')).toBe('GR');
    expect(parseCountryCode('gb')).toBeNull();
  });

  it.each([
    { prefix: 'D', country: 'DE' },
    { prefix: 'SF', country: 'FI' },
    { prefix: 'IRL', country: 'IE' },
    { prefix: 'LUX', country: 'LU' },
    { prefix: 'G', country: 'GR' },
    { prefix: 'PL', country: 'PL' },
    { prefix: 'UK', country: null },
  ])('reads Erasmus-code prefix $prefix as $country', ({ prefix, country }) => {
    expect(countryForErasmusPrefix(prefix)).toBe(country);
  });
});

describe('countryGroup', () => {
  it.each(COUNTRY_GROUPING_IDS)('puts every programme country in exactly one group of %s', (id) => {
    const grouping = COUNTRY_GROUPINGS[id];
    const all = [...grouping.groups[1], ...grouping.groups[2], ...grouping.groups[3]];
    expect([...all].sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it.each([
    { country: 'DE', callYear: 2023, group: 2 },
    { country: 'DE', callYear: 2024, group: 1 },
    { country: 'CZ', callYear: 2021, group: 3 },
    { country: 'CZ', callYear: 2024, group: 2 },
    { country: 'IT', callYear: 2022, group: 2 },
    { country: 'IT', callYear: 2025, group: 1 },
    { country: 'NO', callYear: 2021, group: 1 },
    { country: 'ES', callYear: 2026, group: 2 },
    { country: 'TR', callYear: 2024, group: 3 },
    { country: 'SI', callYear: 2023, group: 3 },
  ] as const)('puts $country in group $group for call $callYear', ({ country, callYear, group }) => {
    expect(countryGroup(country, callYear)?.group).toBe(group);
  });

  it('marks the call 2024+ grouping as reconstructed and the 2021–2023 one as confirmed', () => {
    expect(countryGroup('NL', 2024)?.source.confidence).toBe('reconstructed');
    expect(countryGroup('NL', 2023)?.source.confidence).toBe('confirmed');
  });

  it('has no grouping before the 2021–2027 programme', () => {
    expect(countryGroup('DE', 2020)).toBeNull();
  });

  it('answers for a named grouping regardless of call year', () => {
    expect(countryGroupIn('AT', 'groups-2021-2023').group).toBe(2);
    expect(countryGroupIn('AT', 'groups-2024').group).toBe(1);
  });
});
