import { countryForErasmusPrefix } from '../countries/country-code';
import type { CountryCode } from '../countries/country-list';
import { type IdentifierResult, invalid, valid } from './identifier-result';

export interface ErasmusCode {
  /** Normalised: 3-character country part (padded with spaces), city part, 2–3 digit number. */
  readonly code: string;
  readonly prefix: string;
  readonly city: string;
  readonly number: string;
  /** The programme country of the prefix, or `null` for a prefix outside the programme. */
  readonly country: CountryCode | null;
}

// Corrected pattern from the reference §7 ([EUF]; the published one misuses character classes).
const PATTERN = /^(IRL|LUX|[A-Z]{2} |[A-Z] {2})[A-Z](?:[A-Z-]*[A-Z])?\d{2,3}$/;
const THREE_LETTER_PREFIXES = ['IRL', 'LUX'];

function splitPrefix(upper: string): { prefix: string; rest: string } | null {
  const three = THREE_LETTER_PREFIXES.find((p) => upper.startsWith(p));
  if (three) return { prefix: three, rest: upper.slice(3).trim() };
  // Other prefixes must be followed by whitespace: without it "DOFFENBU01" could be D or DO [EUF].
  const match = /^([A-Z]{1,2})\s+(.*)$/.exec(upper);
  return match ? { prefix: match[1] ?? '', rest: match[2] ?? '' } : null;
}

function normaliseRest(rest: string): { city: string; number: string } | null {
  const match = /^(.*?)\s*(\d{1,3})$/.exec(rest);
  if (!match) return null;
  // Spaces and dots inside the city part become hyphens [EUF].
  const city = (match[1] ?? '')
    .split(/[\s.]+/)
    .filter(Boolean)
    .join('-');
  return { city, number: (match[2] ?? '').padStart(2, '0') };
}

const INVALID_MESSAGE =
  'An Erasmus code is a country prefix, a city part and a 2–3 digit number, e.g. "D  OFFENBU01" or "IRLDUBLIN01".';

/**
 * Validates and normalises an Erasmus (ECHE) code per the reference §7 [EUF]: upper-case; a
 * one-letter prefix is followed by two spaces, a two-letter prefix by one, IRL and LUX by none;
 * a single-digit number gets a leading zero. Store the user's original text as well.
 */
export function validateErasmusCode(input: string): IdentifierResult<ErasmusCode> {
  const parts = splitPrefix(input.trim().toUpperCase());
  const rest = parts ? normaliseRest(parts.rest) : null;
  if (!parts || !rest) return invalid('ERASMUS_CODE_INVALID', INVALID_MESSAGE, { input });
  const code = `${parts.prefix.padEnd(3, ' ')}${rest.city}${rest.number}`;
  if (!PATTERN.test(code)) return invalid('ERASMUS_CODE_INVALID', INVALID_MESSAGE, { input });
  return valid({
    code,
    prefix: parts.prefix,
    city: rest.city,
    number: rest.number,
    country: countryForErasmusPrefix(parts.prefix),
  });
}
