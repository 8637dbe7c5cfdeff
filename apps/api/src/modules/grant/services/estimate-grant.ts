import { calculateGrant } from '@mobilis/domain/grant/calculate-grant';
import type { GrantResult } from '@mobilis/domain/grant/grant-result';
import { mobilityFactsSchema } from '@mobilis/domain/grant/mobility-facts-input';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { badUserInput, parseQueryInput } from '../../../graphql/bad-user-input';

/** The `grantEstimate` query's input, as the schema delivers it. */
export interface GrantEstimateArgs {
  callYear: number;
  activityType: string;
  hostCountry: string;
  distanceKm: number;
  startDate: string;
  endDate: string;
  travelDays: number;
  greenTravel: boolean;
  fewerOpportunities?: boolean | null | undefined;
  accompanyingPerson?: boolean | null | undefined;
  courseFeeDays?: number | null | undefined;
  dailyRateCents?: number | null | undefined;
}

/**
 * A what-if grant for one mobility on the call year's programme template, computed by the same
 * domain calculator the apps run in the browser.
 */
export function estimateGrant(args: GrantEstimateArgs): GrantResult {
  const facts = parseQueryInput(mobilityFactsSchema, {
    callYear: args.callYear,
    activityType: args.activityType,
    hostCountry:
      args.hostCountry.trim().toUpperCase() === 'EL' ? 'GR' : args.hostCountry.trim().toUpperCase(),
    officialDistanceKm: args.distanceKm,
    startDate: args.startDate,
    endDate: args.endDate,
    travelDays: args.travelDays,
    greenTravel: args.greenTravel,
    fewerOpportunities: args.fewerOpportunities ?? false,
    accompanyingPerson: args.accompanyingPerson ?? false,
    courseFeeDays: args.courseFeeDays ?? 0,
    naDailyRateCents: args.dailyRateCents ?? null,
  });
  const template = rateCardTemplateForCallYear(facts.callYear);
  if (!template) {
    // The schema already refuses call years before 2021; this guards a future gap in the templates.
    const code = 'CALL_YEAR_NOT_SUPPORTED';
    throw badUserInput([{ path: ['callYear'], code, message: VALIDATION_MESSAGES[code] }]);
  }
  return calculateGrant(facts, resolveRateCard(template, null));
}
