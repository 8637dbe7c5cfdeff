import { describe, expect, it } from 'vitest';
import { calculateGrant } from './calculate-grant';
import { cardWithRates, facts, linesOf, warningCodes } from './grant-test-fixtures';

const card2024 = cardWithRates(2024);
const card2023 = cardWithRates(2023);

describe('travel support', () => {
  it.each([
    { card: card2024, callYear: 2024, greenTravel: false, cents: 30_900 },
    { card: card2024, callYear: 2024, greenTravel: true, cents: 41_700 },
    { card: card2023, callYear: 2023, greenTravel: false, cents: 27_500 },
    { card: card2023, callYear: 2023, greenTravel: true, cents: 32_000 },
  ])(
    'pays $cents cents for 1 450 km in call $callYear, green: $greenTravel',
    ({ card, callYear, greenTravel, cents }) => {
      const result = calculateGrant(facts({ callYear, greenTravel }), card);
      expect(linesOf(result, 'TRAVEL').map((l) => l.amountCents)).toEqual([cents]);
    },
  );

  it('pays the standard amount for green travel where the 2021–2023 table has no green amount', () => {
    const result = calculateGrant(
      facts({ callYear: 2023, greenTravel: true, officialDistanceKm: 50 }),
      card2023,
    );
    const [line] = linesOf(result, 'TRAVEL');
    expect(line?.amountCents).toBe(2300);
    expect(line?.explanation.code).toBe('TRAVEL_BAND_GREEN_FALLBACK');
    expect(warningCodes(result)).toContain('GREEN_AMOUNT_NOT_IN_TABLE');
  });

  it('pays no travel support below 10 km and says why', () => {
    const result = calculateGrant(facts({ officialDistanceKm: 9 }), card2024);
    expect(linesOf(result, 'TRAVEL')).toEqual([]);
    expect(warningCodes(result)).toContain('DISTANCE_BELOW_MINIMUM');
  });

  it('asks for a distance when none was entered', () => {
    const result = calculateGrant(facts({ officialDistanceKm: null }), card2024);
    expect(linesOf(result, 'TRAVEL')).toEqual([]);
    expect(warningCodes(result)).toContain('DISTANCE_MISSING');
  });

  it('uses the official distance over the computed one, and notes that the bands differ', () => {
    const result = calculateGrant(facts({ officialDistanceKm: 510, computedDistanceKm: 480.4 }), card2024);
    expect(result.distance).toEqual({ km: 510, source: 'OFFICIAL' });
    expect(linesOf(result, 'TRAVEL')[0]?.amountCents).toBe(30_900);
    const warning = result.warnings.find((w) => w.code === 'COMPUTED_DISTANCE_IN_OTHER_BAND');
    expect(warning?.params).toMatchObject({ officialKm: 510, computedKm: 480, computedBand: '100–499 km' });
  });

  it('uses the computed distance when no official figure was entered', () => {
    const result = calculateGrant(facts({ officialDistanceKm: null, computedDistanceKm: 480.4 }), card2024);
    expect(result.distance).toEqual({ km: 480.4, source: 'COMPUTED' });
    expect(linesOf(result, 'TRAVEL')[0]?.amountCents).toBe(21_100);
  });

  it('pays no travel for a zero-grant mobility and does not ask for a distance', () => {
    const result = calculateGrant(facts({ zeroGrant: true, officialDistanceKm: null }), card2024);
    expect(linesOf(result, 'TRAVEL')).toEqual([]);
    expect(warningCodes(result)).not.toContain('DISTANCE_MISSING');
  });
});

describe('expensive travel', () => {
  // Band 500–1 999 km, standard 2024: €309. It covers < 70 % of the real cost above €441.43.
  it.each([
    { realCents: 44_142, expensive: false, category: 'TRAVEL', cents: 30_900 },
    { realCents: 44_143, expensive: true, category: 'EXCEPTIONAL_COSTS', cents: 35_314 },
    { realCents: 100_000, expensive: true, category: 'EXCEPTIONAL_COSTS', cents: 80_000 },
  ])(
    'with a real cost of $realCents cents pays $cents cents as $category',
    ({ realCents, expensive, category, cents }) => {
      const result = calculateGrant(facts({ realTravelCostCents: realCents }), card2024);
      const travelish = result.lines.filter(
        (l) => l.category === 'TRAVEL' || l.category === 'EXCEPTIONAL_COSTS',
      );
      expect(travelish.map((l) => [l.category, l.amountCents])).toEqual([[category, cents]]);
      expect(warningCodes(result).includes('EXPENSIVE_TRAVEL_NOT_ELIGIBLE')).toBe(!expensive);
    },
  );

  it('does not grant expensive travel when the band covers exactly 70 % of the real cost', () => {
    const card = cardWithRates(2024, { travelBands: [{ minKm: 500, standardCents: 35_000 }] });
    const result = calculateGrant(facts({ realTravelCostCents: 50_000 }), card);
    expect(result.lines.filter((l) => l.category === 'EXCEPTIONAL_COSTS')).toEqual([]);
    expect(linesOf(result, 'TRAVEL')[0]?.amountCents).toBe(35_000);
    expect(calculateGrant(facts({ realTravelCostCents: 50_001 }), card).lines[0]?.category).toBe(
      'EXCEPTIONAL_COSTS',
    );
  });

  it('compares the real cost with the green amount when travelling green', () => {
    // Green €417 covers 70 % of €595.71; €595 real cost is therefore not expensive.
    const result = calculateGrant(facts({ greenTravel: true, realTravelCostCents: 59_500 }), card2024);
    expect(linesOf(result, 'TRAVEL')[0]?.amountCents).toBe(41_700);
    expect(linesOf(result, 'EXCEPTIONAL_COSTS')).toEqual([]);
  });

  it('explains the replacement with the rule figures', () => {
    const [line] = linesOf(
      calculateGrant(facts({ realTravelCostCents: 100_000 }), card2024),
      'EXCEPTIONAL_COSTS',
    );
    expect(line?.explanation.message).toBe(
      'Expensive travel: the band amount €309 covers less than 70 % of the real cost €1 000, so 80 % of it is paid instead: €800.',
    );
    expect(line?.rule.sources).toEqual(['W-EXC', 'W-EXC-MT']);
  });
});
