import { activityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import type { ParticipantCategory } from '@mobilis/domain/catalogue/participant-category';
import { countryGroupIn } from '@mobilis/domain/countries/country-group';
import { greatCircleDistanceKm } from '@mobilis/domain/distance/great-circle-distance';
import { calculateGrant } from '@mobilis/domain/grant/calculate-grant';
import type { GrantResult } from '@mobilis/domain/grant/grant-result';
import { mobilityFactsSchema } from '@mobilis/domain/grant/mobility-facts-input';
import type { RateCard } from '@mobilis/domain/rate-card/rate-card';
import { rateCardOverridesSchema } from '@mobilis/domain/rate-card/rate-card-overrides';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import { type FieldError, fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import type { CalculatorField, CalculatorValues, NumberValue } from './calculator-values';

export type FieldErrors = Partial<Record<CalculatorField, FieldError>>;

export interface GrantOutcome {
  readonly card: RateCard;
  readonly result: GrantResult;
  /** Whose day rate and which country group apply; used to word "rate not set". */
  readonly participantCategory: ParticipantCategory;
  readonly countryGroup: number;
}

export interface GrantPreview {
  readonly fieldErrors: FieldErrors;
  /** Great-circle km between the two places, when all four coordinates are valid. */
  readonly suggestedDistanceKm: number | null;
  /** `null` while the input is invalid: no stale figures are shown. */
  readonly outcome: GrantOutcome | null;
}

/** Where each mobility fact is entered in the form. */
const FACT_FIELDS: Readonly<Record<string, CalculatorField>> = {
  callYear: 'callYear',
  activityType: 'activityType',
  hostCountry: 'hostCountry',
  officialDistanceKm: 'distanceKm',
  computedDistanceKm: 'originLatitude',
  startDate: 'startDate',
  endDate: 'endDate',
  travelDays: 'travelDays',
  greenTravel: 'greenTravel',
  fewerOpportunities: 'fewerOpportunities',
  accompanyingPerson: 'accompanyingPerson',
  zeroGrant: 'zeroGrant',
  forceMajeure: 'forceMajeure',
  organisationalSupportNotRequested: 'organisationalSupportNotRequested',
  courseFeeDays: 'courseFeeDays',
  realTravelCostCents: 'realTravelCostEuros',
  participantInclusionCostsCents: 'participantInclusionCostsEuros',
};

/** Empty → `null`; a half-typed string is passed on so the schema reports it. */
function numberOrNull(value: NumberValue): number | string | null {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : value;
}

function centsOrNull(euros: NumberValue): number | string | null {
  const value = numberOrNull(euros);
  return typeof value === 'number' ? Math.round(value * 100) : value;
}

function coordinate(value: NumberValue, limit: number): { value: number | null; error?: FieldError } {
  const number = numberOrNull(value);
  if (number === null) return { value: null };
  const fail = (code: 'NUMBER_INVALID' | 'NUMBER_TOO_SMALL' | 'NUMBER_TOO_LARGE', params = {}) => ({
    value: null,
    error: { path: [], code, message: VALIDATION_MESSAGES[code], params },
  });
  if (typeof number !== 'number') return fail('NUMBER_INVALID');
  if (number < -limit) return fail('NUMBER_TOO_SMALL', { limit: -limit });
  if (number > limit) return fail('NUMBER_TOO_LARGE', { limit });
  return { value: number };
}

function suggestDistance(values: CalculatorValues): { km: number | null; errors: FieldErrors } {
  const parts = {
    originLatitude: coordinate(values.originLatitude, 90),
    originLongitude: coordinate(values.originLongitude, 180),
    destinationLatitude: coordinate(values.destinationLatitude, 90),
    destinationLongitude: coordinate(values.destinationLongitude, 180),
  };
  const errors: FieldErrors = {};
  for (const [field, part] of Object.entries(parts)) {
    if (part.error) errors[field as CalculatorField] = part.error;
  }
  const [lat1, lon1, lat2, lon2] = Object.values(parts).map((part) => part.value);
  if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) return { km: null, errors };
  const km = greatCircleDistanceKm({ latitude: lat1, longitude: lon1 }, { latitude: lat2, longitude: lon2 });
  return { km, errors };
}

function factsInput(values: CalculatorValues, suggestedKm: number | null) {
  const courseFees = activityType(values.activityType).courseFees;
  return {
    callYear: Number(values.callYear),
    activityType: values.activityType,
    hostCountry: values.hostCountry === '' ? undefined : values.hostCountry,
    officialDistanceKm: numberOrNull(values.distanceKm),
    computedDistanceKm: suggestedKm,
    startDate: values.startDate === '' ? undefined : values.startDate,
    endDate: values.endDate === '' ? undefined : values.endDate,
    travelDays: numberOrNull(values.travelDays) ?? undefined,
    greenTravel: values.greenTravel,
    fewerOpportunities: values.fewerOpportunities,
    accompanyingPerson: values.accompanyingPerson,
    zeroGrant: values.zeroGrant,
    forceMajeure: values.forceMajeure,
    organisationalSupportNotRequested: values.organisationalSupportNotRequested,
    // The field is only shown for activities with course fees; elsewhere none are claimed.
    courseFeeDays: courseFees ? (numberOrNull(values.courseFeeDays) ?? undefined) : 0,
    realTravelCostCents: centsOrNull(values.realTravelCostEuros),
    participantInclusionCostsCents: centsOrNull(values.participantInclusionCostsEuros),
  };
}

/**
 * The NA's per-day rate as a card override. Set for every category and country group: only the
 * one this mobility falls in is used, and the calculator keeps choosing it (no rule copied here).
 */
function overridesInput(values: CalculatorValues) {
  const cents = centsOrNull(values.naDailyRateEuros);
  if (cents === null) return null;
  const groups = { group1: cents, group2: cents, group3: cents };
  return {
    individualSupport: { STAFF: groups, LEARNER: groups, OTHER: groups },
    note: 'Per-day rate entered in the grant calculator.',
  };
}

function collect(
  errors: FieldErrors,
  found: readonly FieldError[],
  fieldOf: (e: FieldError) => CalculatorField,
) {
  for (const error of found) {
    const field = fieldOf(error);
    errors[field] ??= error;
  }
}

/** Validates the form with the shared schemas and, when valid, prices the mobility in the browser. */
export function previewGrant(values: CalculatorValues): GrantPreview {
  const suggestion = suggestDistance(values);
  const fieldErrors: FieldErrors = { ...suggestion.errors };
  const input = factsInput(values, suggestion.km);
  const facts = mobilityFactsSchema.safeParse(input);
  if (!facts.success) {
    collect(fieldErrors, fieldErrorsFromZod(facts.error, input), (error) => {
      const [head] = error.path;
      return FACT_FIELDS[String(head)] ?? 'callYear';
    });
  }
  const overrides = overridesInput(values);
  const parsedOverrides = overrides === null ? null : rateCardOverridesSchema.safeParse(overrides);
  if (parsedOverrides && !parsedOverrides.success) {
    collect(fieldErrors, fieldErrorsFromZod(parsedOverrides.error, overrides), () => 'naDailyRateEuros');
  }
  const template = rateCardTemplateForCallYear(Number(values.callYear));
  if (!template) {
    const code = 'CALL_YEAR_NOT_SUPPORTED';
    fieldErrors.callYear ??= { path: ['callYear'], code, message: VALIDATION_MESSAGES[code], params: {} };
  }
  if (!facts.success || !template || Object.keys(fieldErrors).length > 0) {
    return { fieldErrors, suggestedDistanceKm: suggestion.km, outcome: null };
  }
  const card = resolveRateCard(template, parsedOverrides?.success ? parsedOverrides.data : null);
  const result = calculateGrant(facts.data, card);
  // Accompanying persons are paid staff rates [W-INCP], as the calculator does.
  const participantCategory = facts.data.accompanyingPerson
    ? 'STAFF'
    : activityType(facts.data.activityType).category;
  const { group: countryGroup } = countryGroupIn(facts.data.hostCountry, card.countryGroupingId);
  return {
    fieldErrors,
    suggestedDistanceKm: suggestion.km,
    outcome: { card, result, participantCategory, countryGroup },
  };
}
