import type { CountryCode } from '../countries/country-list';
import { type Coordinates, greatCircleDistanceKm } from '../distance/great-circle-distance';
import type { MobilityValues } from '../mobility/mobility-input';
import type { RateCard } from '../rate-card/rate-card';
import { calculateGrant } from './calculate-grant';
import type { GrantResult } from './grant-result';

export interface MobilityGrantParties {
  readonly callYear: number;
  readonly rateCard: RateCard;
  readonly sending: { readonly coordinates: Coordinates | null };
  readonly host: { readonly country: CountryCode; readonly coordinates: Coordinates | null };
}

export interface MobilityGrant {
  readonly grant: GrantResult;
  /** Great-circle suggestion between the two organisations, rounded to whole km. */
  readonly computedDistanceKm: number | null;
}

/**
 * The grant of a stored or planned mobility. Actual dates, once confirmed, replace the planned
 * ones; the distance is the official figure when entered, else the great-circle distance between
 * the sending and host organisations (product decision 4).
 */
export function mobilityGrant(
  facts: MobilityValues & {
    readonly actualStartDate?: string | null;
    readonly actualEndDate?: string | null;
  },
  parties: MobilityGrantParties,
): MobilityGrant {
  const { sending, host } = parties;
  const computedDistanceKm =
    sending.coordinates && host.coordinates
      ? Math.round(greatCircleDistanceKm(sending.coordinates, host.coordinates))
      : null;
  const grant = calculateGrant(
    {
      callYear: parties.callYear,
      activityType: facts.activityType,
      hostCountry: host.country,
      officialDistanceKm: facts.officialDistanceKm,
      computedDistanceKm,
      startDate: facts.actualStartDate ?? facts.plannedStartDate,
      endDate: facts.actualEndDate ?? facts.plannedEndDate,
      travelDays: facts.travelDays,
      greenTravel: facts.greenTravel,
      courseFeeDays: facts.courseFeeDays,
      accompanyingPerson: facts.accompanyingPerson,
      zeroGrant: facts.zeroGrant,
      forceMajeure: facts.forceMajeure,
      organisationalSupportNotRequested: facts.organisationalSupportNotRequested,
    },
    parties.rateCard,
  );
  return { grant, computedDistanceKm };
}
