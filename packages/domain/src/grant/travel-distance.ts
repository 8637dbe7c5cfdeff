import { groupThousands } from '../message/english-format';
import type { TravelBand } from '../rate-card/rate-card';
import { travelBandFor, travelBandLabel } from '../rate-card/travel-band-lookup';
import type { DistanceSource } from './grant-result';
import { type GrantWarning, simpleWarning } from './grant-warnings';
import type { MobilityFacts } from './mobility-facts-input';

export interface ChosenDistance {
  readonly distance: { readonly km: number; readonly source: DistanceSource } | null;
  readonly warnings: readonly GrantWarning[];
}

/**
 * Product decision 4: the official EC distance-calculator figure wins over Mobilis's great-circle
 * suggestion, which only helps the user pick the band [W-DIST].
 */
export function chooseDistance(facts: MobilityFacts, bands: readonly TravelBand[]): ChosenDistance {
  const official = facts.officialDistanceKm ?? null;
  const computed = facts.computedDistanceKm ?? null;
  if (official === null && computed === null) {
    const warning = simpleWarning(
      'DISTANCE_MISSING',
      'No distance entered: enter the EC distance-calculator figure to compute travel support.',
    );
    return { distance: null, warnings: [warning] };
  }
  if (official === null) return { distance: { km: computed ?? 0, source: 'COMPUTED' }, warnings: [] };
  return {
    distance: { km: official, source: 'OFFICIAL' },
    warnings: bandMismatch(official, computed, bands),
  };
}

function bandMismatch(
  official: number,
  computed: number | null,
  bands: readonly TravelBand[],
): GrantWarning[] {
  if (computed === null) return [];
  const officialBand = travelBandFor(official, bands);
  const computedBand = travelBandFor(computed, bands);
  if (officialBand?.minKm === computedBand?.minKm) return [];
  const label = (band: TravelBand | null) => (band === null ? 'no band' : travelBandLabel(band));
  return [
    simpleWarning(
      'COMPUTED_DISTANCE_IN_OTHER_BAND',
      'The official distance {officialKm} km ({officialBand}) is used; the computed {computedKm} km would fall in {computedBand}.',
      {
        officialKm: official,
        computedKm: Math.round(computed),
        officialBand: label(officialBand),
        computedBand: label(computedBand),
      },
      { officialKm: groupThousands(official), computedKm: groupThousands(Math.round(computed)) },
    ),
  ];
}
