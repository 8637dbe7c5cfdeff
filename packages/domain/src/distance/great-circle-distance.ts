export interface Coordinates {
  /** Degrees, −90…90. */
  readonly latitude: number;
  /** Degrees, −180…180. */
  readonly longitude: number;
}

/**
 * Mean Earth radius R1 = (2a + b) / 3 of the WGS 84 ellipsoid (IUGG), in km. The EC distance
 * calculator's model is not published (reference §3.1, unconfirmed); third-party re-implementations
 * use a sphere [CALC]. The mean radius minimises a sphere's average error against the ellipsoid;
 * 6371 km would differ by 0.14 ‰ (1.4 m per 10 km), far below the few km by which a spherical
 * model can miss the official figure near a band edge — which is why the user's official
 * distance-calculator figure always wins over this suggestion (product decision 4).
 */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** One-way great-circle distance in km (haversine formula), unrounded. */
export function greatCircleDistanceKm(from: Coordinates, to: Coordinates): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h just above 1 for antipodal points.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
