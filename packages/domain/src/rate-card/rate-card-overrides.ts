import { z } from 'zod';
import { requiredOr } from '../validation/validation-messages';

/** Lower edges (km) of the travel bands; the same in both programme tables (reference §3.1). */
export const TRAVEL_BAND_EDGES_KM = [10, 100, 500, 2000, 3000, 4000, 8000] as const;

// One million euros: far above any KA1 unit cost, low enough to catch a mistyped amount.
const MAX_CENTS = 100_000_000;

const cents = z
  .number({ error: requiredOr('AMOUNT_INVALID') })
  .int({ error: 'AMOUNT_NOT_WHOLE_CENTS' })
  .min(0, { error: 'AMOUNT_NEGATIVE' })
  .max(MAX_CENTS, { error: 'AMOUNT_TOO_LARGE' });

/** `null` clears a template figure ("rate not set"); absent keeps the template's figure. */
const centsOrNull = cents.nullable().optional();

const dayCount = (max: number) =>
  z
    .number({ error: requiredOr('NUMBER_INVALID') })
    .int({ error: 'NUMBER_NOT_WHOLE' })
    .min(0, { error: 'NUMBER_TOO_SMALL' })
    .max(max, { error: 'NUMBER_TOO_LARGE' });

const groupRates = z.strictObject({ group1: centsOrNull, group2: centsOrNull, group3: centsOrNull });

/**
 * A National Agency's changes to a programme template, as the project stores them (jsonb).
 * Partial and plain JSON: every key is optional; only figures NAs set within Commission ranges
 * (and the unconfirmed figures a coordinator may need to correct) can be overridden.
 */
export const rateCardOverridesSchema = z.strictObject({
  travelBands: z
    .array(
      z.strictObject({
        minKm: z.union(
          TRAVEL_BAND_EDGES_KM.map((km) => z.literal(km)),
          { error: 'TRAVEL_BAND_UNKNOWN' },
        ),
        standardCents: centsOrNull,
        greenCents: centsOrNull,
      }),
    )
    .optional(),
  travelDays: z
    .strictObject({ standardMax: dayCount(30).optional(), greenMax: dayCount(30).optional() })
    .optional(),
  individualSupport: z
    .strictObject({
      STAFF: groupRates.optional(),
      LEARNER: groupRates.optional(),
      OTHER: groupRates.optional(),
    })
    .optional(),
  /** `null` switches tapering off for this card. */
  tapering: z
    .strictObject({ fromDay: dayCount(365).min(2, { error: 'NUMBER_TOO_SMALL' }), percent: dayCount(100) })
    .nullable()
    .optional(),
  organisationalSupport: z
    .strictObject({ generalCents: centsOrNull, coursesAndTrainingCents: centsOrNull })
    .optional(),
  inclusionSupportForOrganisationsCents: centsOrNull,
  courseFees: z.strictObject({ perDayCents: centsOrNull, maxDays: dayCount(30).optional() }).optional(),
  /** Where the NA figures come from (e.g. "NA DE02 rates letter 2024"); shown with the card. */
  note: z.string().trim().max(2000, { error: 'TEXT_TOO_LONG' }).optional(),
});

export type RateCardOverrides = z.infer<typeof rateCardOverridesSchema>;
