import { z } from 'zod';
import { ACTIVITY_TYPE_CODES } from '../catalogue/activity-type-codes';
import { isOrderedPeriod, isoDateField, wholeNumber } from '../validation/common-fields';
import { requiredOr } from '../validation/validation-messages';

const distanceKm = z
  .number({ error: requiredOr('NUMBER_INVALID') })
  .min(0, { error: 'NUMBER_TOO_SMALL' })
  .max(20_038, { error: 'NUMBER_TOO_LARGE' });

/**
 * The facts of a mobility a coordinator enters (create and edit, form and server). Rules that
 * need the project or the activity catalogue are checked by `checkMobilityRules`.
 */
export const mobilityInputSchema = z
  .strictObject({
    activityType: z.enum(ACTIVITY_TYPE_CODES, { error: requiredOr('ACTIVITY_TYPE_UNKNOWN') }),
    plannedStartDate: isoDateField,
    plannedEndDate: isoDateField,
    travelDays: wholeNumber(0, 30).default(0),
    greenTravel: z.boolean().default(false),
    /** The EC distance calculator's figure; when absent the great-circle suggestion is used. */
    officialDistanceKm: distanceKm.nullish().transform((v) => v ?? null),
    courseFeeDays: wholeNumber(0, 365).default(0),
    accompanyingPerson: z.boolean().default(false),
    zeroGrant: z.boolean().default(false),
    forceMajeure: z.boolean().default(false),
    organisationalSupportNotRequested: z.boolean().default(false),
  })
  .refine((m) => isOrderedPeriod(m.plannedStartDate, m.plannedEndDate), {
    error: 'END_BEFORE_START',
    path: ['plannedEndDate'],
  });

export type MobilityInput = z.input<typeof mobilityInputSchema>;
export type MobilityValues = z.output<typeof mobilityInputSchema>;

/** Cancelling needs a reason, and says whether it was force majeure [W-MOB-YOU]. */
export const cancelMobilityInputSchema = z.strictObject({
  reason: z
    .string({ error: requiredOr('REASON_REQUIRED') })
    .trim()
    .min(3, { error: 'REASON_REQUIRED' })
    .max(2000, { error: 'TEXT_TOO_LONG' }),
  forceMajeure: z.boolean().default(false),
});
