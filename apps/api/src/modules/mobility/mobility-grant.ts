import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import type { Organisation } from '@mobilis/db/repositories/organisation-repository';
import type { Project } from '@mobilis/db/repositories/project-repository';
import type { CountryCode } from '@mobilis/domain/countries/country-list';
import { type MobilityGrant, mobilityGrant } from '@mobilis/domain/grant/mobility-grant';
import type { MobilityValues } from '@mobilis/domain/mobility/mobility-input';
import { projectRateCard } from '../project/project-rate-card';

/** The grant of a mobility from its project's card and its two organisations (see domain mobilityGrant). */
export function computeMobilityGrant(
  facts: MobilityValues & { actualStartDate?: string | null; actualEndDate?: string | null },
  project: Project,
  sending: Organisation,
  host: Organisation,
): MobilityGrant {
  return mobilityGrant(facts, {
    callYear: project.callYear,
    rateCard: projectRateCard(project),
    sending: { coordinates: coordinatesOf(sending) },
    host: { country: host.country as CountryCode, coordinates: coordinatesOf(host) },
  });
}

function coordinatesOf(o: Organisation) {
  return o.latitude !== null && o.longitude !== null
    ? { latitude: o.latitude, longitude: o.longitude }
    : null;
}

/** The facts of a stored mobility, to recompute its grant (e.g. for another host or actual dates). */
export function storedMobilityFacts(
  m: Mobility,
): MobilityValues & { actualStartDate: string | null; actualEndDate: string | null } {
  return {
    activityType: m.activityType as MobilityValues['activityType'],
    plannedStartDate: m.plannedStartDate,
    plannedEndDate: m.plannedEndDate,
    actualStartDate: m.actualStartDate,
    actualEndDate: m.actualEndDate,
    travelDays: m.travelDays,
    greenTravel: m.greenTravel,
    officialDistanceKm: m.officialDistanceKm,
    courseFeeDays: m.courseFeeDays,
    accompanyingPerson: m.accompanyingPerson,
    zeroGrant: m.zeroGrant,
    forceMajeure: m.forceMajeure,
    organisationalSupportNotRequested: m.organisationalSupportNotRequested,
  };
}
