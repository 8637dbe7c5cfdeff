import { describe, expect, it } from 'vitest';
import { type CalculatorValues, defaultCalculatorValues } from './calculator-values';
import { previewGrant } from './grant-preview';

const filled = (patch: Partial<CalculatorValues> = {}): CalculatorValues => ({
  ...defaultCalculatorValues(2026),
  activityType: 'SM-JOB-SHDW',
  hostCountry: 'ES',
  distanceKm: 1650,
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  travelDays: 2,
  naDailyRateEuros: 117,
  ...patch,
});

describe('previewGrant', () => {
  it('starts with the current call year and KA122-VET, and waits for country and dates', () => {
    const values = defaultCalculatorValues(2026);
    expect(values).toMatchObject({ callYear: '2026', action: 'KA122-VET' });
    const preview = previewGrant(values);
    expect(preview.outcome).toBeNull();
    expect(Object.keys(preview.fieldErrors).sort()).toEqual(['endDate', 'hostCountry', 'startDate']);
    expect(preview.fieldErrors.hostCountry?.code).toBe('REQUIRED');
  });

  it('keeps call years within the programme', () => {
    expect(defaultCalculatorValues(2031).callYear).toBe('2027');
    expect(defaultCalculatorValues(2019).callYear).toBe('2021');
  });

  it('applies the NA rate in whole cents to the card, marked as the NA’s figure', () => {
    const outcome = previewGrant(filled({ naDailyRateEuros: 117.456 })).outcome;
    const support = outcome?.result.lines.find((line) => line.category === 'INDIVIDUAL_SUPPORT');
    expect(support).toMatchObject({ quantity: 14, unitAmountCents: 11_746 });
    expect(support?.rule).toMatchObject({ origin: 'OVERRIDE', confidence: 'confirmed' });
  });

  it('reports a negative NA rate on its field, with the shared code', () => {
    const preview = previewGrant(filled({ naDailyRateEuros: -5 }));
    expect(preview.outcome).toBeNull();
    expect(preview.fieldErrors.naDailyRateEuros?.code).toBe('AMOUNT_NEGATIVE');
  });

  it('reports half-typed numbers instead of guessing', () => {
    expect(previewGrant(filled({ travelDays: '2x' })).fieldErrors.travelDays?.code).toBe('NUMBER_INVALID');
  });

  it('claims no course fees for activities that have none, whatever the hidden field holds', () => {
    const lines = previewGrant(filled({ courseFeeDays: 5 })).outcome?.result.lines ?? [];
    expect(lines.map((line) => line.category)).toEqual([
      'TRAVEL',
      'INDIVIDUAL_SUPPORT',
      'ORGANISATIONAL_SUPPORT',
    ]);
    const warnings = previewGrant(filled({ courseFeeDays: 5 })).outcome?.result.warnings ?? [];
    expect(warnings.map((warning) => warning.code)).not.toContain('COURSE_FEES_NOT_APPLICABLE');
  });

  it('uses the official distance over the suggestion, and says when they fall in different bands', () => {
    const preview = previewGrant(
      filled({
        originLatitude: 51.4556,
        originLongitude: 7.0116,
        destinationLatitude: 51.5,
        destinationLongitude: 9,
      }),
    );
    expect(preview.suggestedDistanceKm).toBeGreaterThan(100);
    expect(preview.suggestedDistanceKm).toBeLessThan(500);
    expect(preview.outcome?.result.distance).toEqual({ km: 1650, source: 'OFFICIAL' });
    expect(preview.outcome?.result.warnings.map((warning) => warning.code)).toContain(
      'COMPUTED_DISTANCE_IN_OTHER_BAND',
    );
  });
});
