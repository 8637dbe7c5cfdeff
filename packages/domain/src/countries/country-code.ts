import { COUNTRIES, COUNTRY_CODES, type Country, type CountryCode } from './country-list';

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(value);
}

export function country(code: CountryCode): Country {
  const found = COUNTRIES.find((c) => c.code === code);
  if (!found) throw new Error(`Country ${code} missing from COUNTRIES`);
  return found;
}

/** EU documents write Greece as `EL`; Mobilis stores ISO `GR` and maps on display (reference §4). */
export function euDisplayCountryCode(code: CountryCode): string {
  return code === 'GR' ? 'EL' : code;
}

/** Accepts ISO codes in any case, and the EU's `EL` for Greece; `null` if not a programme country. */
export function parseCountryCode(input: string): CountryCode | null {
  const upper = input.trim().toUpperCase();
  const iso = upper === 'EL' ? 'GR' : upper;
  return isCountryCode(iso) ? iso : null;
}

/** The country whose HE Erasmus-code prefix this is (`D` → `DE`), or `null`. */
export function countryForErasmusPrefix(prefix: string): CountryCode | null {
  return COUNTRIES.find((c) => c.erasmusPrefix === prefix)?.code ?? null;
}
