import type { Action } from '@mobilis/domain/catalogue/action';
import { activityTypesForAction } from '@mobilis/domain/catalogue/activity-type-catalogue';
import type { ActivityTypeCode } from '@mobilis/domain/catalogue/activity-type-codes';

/** What Mantine's NumberInput reports: a number, or a string while empty or half-typed. */
export type NumberValue = number | string;

/** The calculator form as the user fills it in; `previewGrant` turns it into mobility facts. */
export interface CalculatorValues {
  callYear: string;
  action: Action;
  activityType: ActivityTypeCode;
  hostCountry: string;
  /** The official EC distance-calculator figure. */
  distanceKm: NumberValue;
  originLatitude: NumberValue;
  originLongitude: NumberValue;
  destinationLatitude: NumberValue;
  destinationLongitude: NumberValue;
  startDate: string;
  endDate: string;
  travelDays: NumberValue;
  greenTravel: boolean;
  fewerOpportunities: boolean;
  accompanyingPerson: boolean;
  zeroGrant: boolean;
  forceMajeure: boolean;
  organisationalSupportNotRequested: boolean;
  courseFeeDays: NumberValue;
  naDailyRateEuros: NumberValue;
  realTravelCostEuros: NumberValue;
  participantInclusionCostsEuros: NumberValue;
}

export type CalculatorField = keyof CalculatorValues;

/** The 2021–2027 programme's calls. */
export const CALL_YEARS = [2021, 2022, 2023, 2024, 2025, 2026, 2027] as const;

const defaultAction: Action = 'KA122-VET';

/** The first activity type of an action, for when the action changes under the chosen one. */
export function firstActivityType(action: Action): ActivityTypeCode {
  const [first] = activityTypesForAction(action);
  if (!first) throw new Error(`${action} has no activity types`);
  return first.code;
}

export function defaultCalculatorValues(callYear = new Date().getFullYear()): CalculatorValues {
  const year = Math.min(Math.max(callYear, CALL_YEARS[0]), CALL_YEARS[CALL_YEARS.length - 1] ?? callYear);
  return {
    callYear: String(year),
    action: defaultAction,
    activityType: firstActivityType(defaultAction),
    hostCountry: '',
    distanceKm: '',
    originLatitude: '',
    originLongitude: '',
    destinationLatitude: '',
    destinationLongitude: '',
    startDate: '',
    endDate: '',
    travelDays: 0,
    greenTravel: false,
    fewerOpportunities: false,
    accompanyingPerson: false,
    zeroGrant: false,
    forceMajeure: false,
    organisationalSupportNotRequested: false,
    courseFeeDays: 0,
    naDailyRateEuros: '',
    realTravelCostEuros: '',
    participantInclusionCostsEuros: '',
  };
}
