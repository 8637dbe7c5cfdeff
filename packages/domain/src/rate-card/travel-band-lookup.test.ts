import { describe, expect, it } from 'vitest';
import { TEMPLATE_2021_2023 } from './template-2021-2023';
import { TEMPLATE_2024 } from './template-2024';
import { travelBandFor, travelBandLabel } from './travel-band-lookup';

// Expected euros per reference §3.1; null = no band (standard) or "—" in the table (green).
const EDGES = [
  { km: 9, old: null, oldGreen: null, new: null, newGreen: null },
  { km: 10, old: 23, oldGreen: null, new: 28, newGreen: 56 },
  { km: 99, old: 23, oldGreen: null, new: 28, newGreen: 56 },
  { km: 100, old: 180, oldGreen: 210, new: 211, newGreen: 285 },
  { km: 499, old: 180, oldGreen: 210, new: 211, newGreen: 285 },
  { km: 500, old: 275, oldGreen: 320, new: 309, newGreen: 417 },
  { km: 1999, old: 275, oldGreen: 320, new: 309, newGreen: 417 },
  { km: 2000, old: 360, oldGreen: 410, new: 395, newGreen: 535 },
  { km: 2999, old: 360, oldGreen: 410, new: 395, newGreen: 535 },
  { km: 3000, old: 530, oldGreen: 610, new: 580, newGreen: 785 },
  { km: 3999, old: 530, oldGreen: 610, new: 580, newGreen: 785 },
  { km: 4000, old: 820, oldGreen: null, new: 1188, newGreen: 1188 },
  { km: 7999, old: 820, oldGreen: null, new: 1188, newGreen: 1188 },
  { km: 8000, old: 1500, oldGreen: null, new: 1735, newGreen: 1735 },
];

const euros = (cents: number | null | undefined) => (cents == null ? null : cents / 100);

describe('travelBandFor', () => {
  it.each(EDGES)('at $km km pays standard €$old / green €$oldGreen in the 2021–2023 table', (edge) => {
    const band = travelBandFor(edge.km, TEMPLATE_2021_2023.travelBands);
    expect(euros(band?.standard.amountCents)).toBe(edge.old);
    expect(euros(band?.green.amountCents)).toBe(edge.oldGreen);
  });

  it.each(EDGES)('at $km km pays standard €$new / green €$newGreen in the 2024+ table', (edge) => {
    const band = travelBandFor(edge.km, TEMPLATE_2024.travelBands);
    expect(euros(band?.standard.amountCents)).toBe(edge.new);
    expect(euros(band?.green.amountCents)).toBe(edge.newGreen);
  });

  it.each([
    { km: 9.99, minKm: null },
    { km: 99.6, minKm: 10 },
    { km: 1999.9, minKm: 500 },
    { km: 20_000, minKm: 8000 },
    { km: Number.NaN, minKm: null },
  ])('puts an unrounded $km km in the band starting at $minKm km', ({ km, minKm }) => {
    expect(travelBandFor(km, TEMPLATE_2024.travelBands)?.minKm ?? null).toBe(minKm);
  });

  it.each([
    { km: 50, label: '10–99 km' },
    { km: 1500, label: '500–1 999 km' },
    { km: 9000, label: '≥ 8 000 km' },
  ])('labels the band of $km km "$label"', ({ km, label }) => {
    const band = travelBandFor(km, TEMPLATE_2024.travelBands);
    expect(band && travelBandLabel(band)).toBe(label);
  });
});
