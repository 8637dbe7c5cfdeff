import type { RateCard } from '../rate-card/rate-card';
import { confidenceWarnings } from './grant-context';
import { type GrantWarning, travelDaysAboveCap } from './grant-warnings';

/**
 * Programme rule [W-TRAVDAYS]: up to 2 travel days are funded (typically one each way), up to 6
 * with green travel. Days above the cap are not funded, and the user is told.
 */
export function fundedTravelDays(
  travelDays: number,
  greenTravel: boolean,
  card: RateCard,
): { days: number; warnings: GrantWarning[] } {
  const cap = greenTravel ? card.travelDays.greenMax : card.travelDays.standardMax;
  const warnings: GrantWarning[] =
    travelDays > 0 ? confidenceWarnings('TRAVEL_DAYS', card.travelDays.source) : [];
  if (travelDays <= cap) return { days: travelDays, warnings };
  return { days: cap, warnings: [...warnings, travelDaysAboveCap(travelDays, cap, greenTravel)] };
}
