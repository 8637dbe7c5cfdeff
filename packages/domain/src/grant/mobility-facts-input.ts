import { z } from 'zod';
import { ACTIVITY_TYPE_CODES } from '../catalogue/activity-type-codes';
import { COUNTRY_CODES } from '../countries/country-list';
import { epochDay } from '../dates/calendar-date';
import { requiredOr } from '../validation/validation-messages';

const cents = z
  .number({ error: requiredOr('AMOUNT_INVALID') })
  .int({ error: 'AMOUNT_NOT_WHOLE_CENTS' })
  .min(0, { error: 'AMOUNT_NEGATIVE' })
  .max(100_000_000, { error: 'AMOUNT_TOO_LARGE' });

const count = (max: number) =>
  z
    .number({ error: requiredOr('NUMBER_INVALID') })
    .int({ error: 'NUMBER_NOT_WHOLE' })
    .min(0, { error: 'NUMBER_TOO_SMALL' })
    .max(max, { error: 'NUMBER_TOO_LARGE' });

// Half the Earth's circumference: no one-way distance on the globe is longer.
const km = z
  .number({ error: requiredOr('NUMBER_INVALID') })
  .min(0, { error: 'NUMBER_TOO_SMALL' })
  .max(20_038, { error: 'NUMBER_TOO_LARGE' });

const isoDate = z.string({ error: requiredOr('DATE_INVALID') }).refine((value) => epochDay(value) !== null, {
  error: 'DATE_INVALID',
});

const flag = z.boolean({ error: requiredOr('BOOLEAN_INVALID') }).default(false);

/**
 * What the grant calculator needs to know about one mobility (BM fields, reference §5.5).
 * Shared by forms (live preview) and the API. Flags default to false, counts to 0.
 */
export const mobilityFactsSchema = z
  .strictObject({
    callYear: z
      .number({ error: requiredOr('NUMBER_INVALID') })
      .int({ error: 'NUMBER_NOT_WHOLE' })
      .min(2021, {
        error: 'CALL_YEAR_NOT_SUPPORTED',
      }),
    activityType: z.enum(ACTIVITY_TYPE_CODES, { error: requiredOr('ACTIVITY_TYPE_UNKNOWN') }),
    hostCountry: z.enum(COUNTRY_CODES, { error: requiredOr('COUNTRY_NOT_ELIGIBLE') }),
    /** The EC distance-calculator figure the user entered; wins over the computed one. */
    officialDistanceKm: km.nullable().optional(),
    /** Great-circle suggestion from the organisations' coordinates. */
    computedDistanceKm: km.nullable().optional(),
    startDate: isoDate,
    endDate: isoDate,
    travelDays: count(30).default(0),
    greenTravel: flag,
    fewerOpportunities: flag,
    accompanyingPerson: flag,
    courseFeeDays: count(365).default(0),
    zeroGrant: flag,
    forceMajeure: flag,
    organisationalSupportNotRequested: flag,
    /** Real cost of the return trip, for the expensive-travel exceptional cost [W-EXC]. */
    realTravelCostCents: cents.nullable().optional(),
    /** Real-cost inclusion support for the participant, paid at 100 % [W-INCP]. */
    participantInclusionCostsCents: cents.nullable().optional(),
    /** A per-day rate the NA set for this mobility, replacing the card's rate. */
    naDailyRateCents: cents.nullable().optional(),
    /** Under force majeure travel and individual support become editable [W-TRAVDAYS], [W-MOB-YOU]. */
    forceMajeureAmounts: z
      .strictObject({
        travelCents: cents.nullable().optional(),
        individualSupportCents: cents.nullable().optional(),
      })
      .optional(),
  })
  .refine((facts) => (epochDay(facts.endDate) ?? 0) >= (epochDay(facts.startDate) ?? 0), {
    error: 'END_BEFORE_START',
    path: ['endDate'],
  });

/** Facts as callers write them (flags optional); the calculator treats a missing flag as false. */
export type MobilityFacts = z.input<typeof mobilityFactsSchema>;
