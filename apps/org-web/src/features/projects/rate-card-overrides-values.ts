import {
  type RateCardOverrides,
  rateCardOverridesSchema,
} from '@mobilis/domain/rate-card/rate-card-overrides';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { centsToEuros, eurosToCents, type NumberValue } from '../forms/euro-amounts';
import { type FieldErrorMap, toFieldErrorMap } from '../forms/field-errors';

export const RATE_CATEGORIES = ['STAFF', 'LEARNER', 'OTHER'] as const;
export type RateCategory = (typeof RATE_CATEGORIES)[number];
export const COUNTRY_GROUPS = ['group1', 'group2', 'group3'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export interface RateCardEditorValues {
  /** Euros per day as typed; `''` keeps the template's figure. */
  dayRates: Record<RateCategory, Record<CountryGroup, NumberValue>>;
  note: string;
}

/** The project's stored overrides; a value that is not valid JSON of the schema counts as none. */
export function parseOverrides(json: string | null | undefined): RateCardOverrides {
  if (!json) return {};
  try {
    const parsed = rateCardOverridesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function editorValues(overrides: RateCardOverrides): RateCardEditorValues {
  const dayRates = Object.fromEntries(
    RATE_CATEGORIES.map((category) => [
      category,
      Object.fromEntries(
        COUNTRY_GROUPS.map((group) => [
          group,
          centsToEuros(overrides.individualSupport?.[category]?.[group]),
        ]),
      ),
    ]),
  ) as RateCardEditorValues['dayRates'];
  return { dayRates, note: overrides.note ?? '' };
}

/**
 * The stored overrides with the editor's figures in place: per-day rates in integer cents (an
 * empty field is left out, so the template's figure applies), the note trimmed. Everything the
 * editor does not show (travel bands, tapering …) is kept as it was.
 */
export function withEditorValues(stored: RateCardOverrides, values: RateCardEditorValues): RateCardOverrides {
  const { individualSupport: _rates, note: _note, ...kept } = stored;
  const individualSupport: NonNullable<RateCardOverrides['individualSupport']> = {};
  for (const category of RATE_CATEGORIES) {
    const rates: Partial<Record<CountryGroup, number>> = {};
    for (const group of COUNTRY_GROUPS) {
      const cents = eurosToCents(values.dayRates[category][group]);
      if (cents !== null) rates[group] = cents;
    }
    if (Object.keys(rates).length > 0) individualSupport[category] = rates;
  }
  const note = values.note.trim();
  return {
    ...kept,
    ...(Object.keys(individualSupport).length > 0 ? { individualSupport } : {}),
    ...(note ? { note } : {}),
  };
}

/** The browser-side check with the schema the API stores overrides with; keys are dotted paths. */
export function validateOverrides(
  overrides: RateCardOverrides,
): { ok: true; overrides: RateCardOverrides } | { ok: false; errors: FieldErrorMap } {
  const result = rateCardOverridesSchema.safeParse(overrides);
  return result.success
    ? { ok: true, overrides: result.data }
    : { ok: false, errors: toFieldErrorMap(fieldErrorsFromZod(result.error, overrides)) };
}

/** Every field the editor shows an error on. */
export const EDITOR_FIELDS: readonly string[] = [
  ...RATE_CATEGORIES.flatMap((category) =>
    COUNTRY_GROUPS.map((group) => `individualSupport.${category}.${group}`),
  ),
  'note',
];
