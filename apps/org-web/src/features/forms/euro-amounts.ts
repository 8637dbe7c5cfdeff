/** A NumberInput value: a number, or `''` while empty. */
export type NumberValue = number | string;

/**
 * Euros as typed into a form, as integer cents for the API; `null` when the field is empty and
 * `NaN` when it holds no number (the zod schema then reports AMOUNT_INVALID).
 */
export function eurosToCents(value: NumberValue): number | null {
  if (value === '') return null;
  const euros = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(euros) ? Math.round(euros * 100) : Number.NaN;
}

/** Cents as the euros a NumberInput shows; `''` for none. */
export function centsToEuros(cents: number | null | undefined): NumberValue {
  return cents === null || cents === undefined ? '' : cents / 100;
}
