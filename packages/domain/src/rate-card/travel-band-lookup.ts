import { groupThousands } from '../message/english-format';
import type { TravelBand } from './rate-card';

/**
 * The band for a one-way distance [W-DIST]. Bands are half-open: each runs from its lower edge up
 * to the next band's lower edge, so 99.6 km (a computed, unrounded figure) is still in 10–99 km.
 * Below the first edge (10 km) there is no band and no travel support [GIDA].
 */
export function travelBandFor(distanceKm: number, table: readonly TravelBand[]): TravelBand | null {
  if (!Number.isFinite(distanceKm)) return null;
  const sorted = [...table].sort((a, b) => a.minKm - b.minKm);
  let found: TravelBand | null = null;
  for (const band of sorted) {
    if (distanceKm >= band.minKm) found = band;
  }
  return found;
}

/** "500–1 999 km", "≥ 8 000 km": how the reference prints a band. */
export function travelBandLabel(band: TravelBand): string {
  return band.maxKm === null
    ? `≥ ${groupThousands(band.minKm)} km`
    : `${groupThousands(band.minKm)}–${groupThousands(band.maxKm)} km`;
}
