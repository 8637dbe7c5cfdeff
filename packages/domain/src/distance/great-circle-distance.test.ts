import { describe, expect, it } from 'vitest';
import { TEMPLATE_2024 } from '../rate-card/template-2024';
import { travelBandFor } from '../rate-card/travel-band-lookup';
import { EARTH_MEAN_RADIUS_KM, greatCircleDistanceKm } from './great-circle-distance';

const ESSEN = { latitude: 51.4556, longitude: 7.0116 };
const VALENCIA = { latitude: 39.4699, longitude: -0.3763 };
const OFFENBURG = { latitude: 48.4735, longitude: 7.9498 };
const HELSINKI = { latitude: 60.1699, longitude: 24.9384 };

describe('greatCircleDistanceKm', () => {
  // Expected values from an independent spherical-law-of-cosines computation with the same radius.
  it.each([
    { from: 'Essen', to: 'Valencia', a: ESSEN, b: VALENCIA, km: 1450.2 },
    { from: 'Offenburg', to: 'Valencia', a: OFFENBURG, b: VALENCIA, km: 1201.0 },
  ])('measures $from → $to as about $km km', ({ a, b, km }) => {
    expect(greatCircleDistanceKm(a, b)).toBeCloseTo(km, 0);
  });

  it('puts Essen → Valencia in the 500–1 999 km band', () => {
    expect(travelBandFor(greatCircleDistanceKm(ESSEN, VALENCIA), TEMPLATE_2024.travelBands)?.minKm).toBe(500);
  });

  it('is symmetric and zero for the same place', () => {
    expect(greatCircleDistanceKm(ESSEN, HELSINKI)).toBeCloseTo(greatCircleDistanceKm(HELSINKI, ESSEN), 9);
    expect(greatCircleDistanceKm(VALENCIA, VALENCIA)).toBe(0);
  });

  it('measures half the circumference between antipodes with the documented radius', () => {
    const d = greatCircleDistanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 });
    expect(d).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_KM, 6);
    expect(EARTH_MEAN_RADIUS_KM).toBe(6371.0088);
  });
});
