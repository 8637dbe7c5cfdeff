import { describe, expect, it } from 'vitest';
import { calculateGrant } from './calculate-grant';
import { cardWithRates, endDateFor, facts, linesOf, warningCodes } from './grant-test-fixtures';

const card2024 = cardWithRates(2024);
const card2023 = cardWithRates(2023);
// Teaching assignment in Spain (group 2 in both groupings): test NA staff rate €130 a day.
const stay = (days: number, extra = {}) =>
  facts({ activityType: 'SM-TTA', startDate: '2024-10-01', endDate: endDateFor(days), ...extra });
const supportLines = (result: ReturnType<typeof calculateGrant>) =>
  linesOf(result, 'INDIVIDUAL_SUPPORT').map((l) => [l.quantity, l.unitAmountCents, l.amountCents]);

describe('tapering of individual support', () => {
  it.each([
    { days: 14, lines: [[14, 13_000, 182_000]] },
    {
      days: 15,
      lines: [
        [14, 13_000, 182_000],
        [1, 9100, 9100],
      ],
    },
    {
      days: 20,
      lines: [
        [14, 13_000, 182_000],
        [6, 9100, 54_600],
      ],
    },
  ])('pays $days days at the full rate up to day 14 and 70 % from day 15', ({ days, lines }) => {
    expect(supportLines(calculateGrant(stay(days), card2024))).toEqual(lines);
  });

  it('counts funded travel days towards day 15', () => {
    const result = calculateGrant(stay(13, { travelDays: 2 }), card2024);
    expect(result.fundedDays).toBe(15);
    expect(supportLines(result)).toEqual([
      [14, 13_000, 182_000],
      [1, 9100, 9100],
    ]);
  });

  it('pays every day at the full rate on a card without tapering', () => {
    const untapered = cardWithRates(2024, { tapering: null });
    expect(supportLines(calculateGrant(stay(15), untapered))).toEqual([[15, 13_000, 195_000]]);
  });

  it('rounds the reduced day rate half up to the cent', () => {
    const odd = cardWithRates(2024, { individualSupport: { STAFF: { group2: 12_345 } } });
    expect(supportLines(calculateGrant(stay(15), odd))[1]).toEqual([1, 8642, 8642]);
  });

  it('flags the carried-over 2024+ tapering as unconfirmed, but not the 2021–2023 one', () => {
    const unconfirmedItems = (result: ReturnType<typeof calculateGrant>) =>
      result.warnings.filter((w) => w.code === 'UNCONFIRMED_FIGURE').map((w) => w.params.item);
    expect(unconfirmedItems(calculateGrant(stay(15), card2024))).toContain('TAPERING');
    expect(unconfirmedItems(calculateGrant(stay(15, { callYear: 2023 }), card2023))).not.toContain(
      'TAPERING',
    );
  });
});

describe('funded travel days', () => {
  it.each([
    { greenTravel: false, travelDays: 2, funded: 2, warns: false },
    { greenTravel: false, travelDays: 3, funded: 2, warns: true },
    { greenTravel: true, travelDays: 6, funded: 6, warns: false },
    { greenTravel: true, travelDays: 7, funded: 6, warns: true },
  ])(
    'funds $funded of $travelDays travel days (green: $greenTravel)',
    ({ greenTravel, travelDays, funded, warns }) => {
      const result = calculateGrant(stay(5, { greenTravel, travelDays }), card2024);
      expect(result.fundedTravelDays).toBe(funded);
      expect(result.fundedDays).toBe(5 + funded);
      expect(supportLines(result)).toEqual([[5 + funded, 13_000, (5 + funded) * 13_000]]);
      const warning = result.warnings.find((w) => w.code === 'TRAVEL_DAYS_ABOVE_CAP');
      expect(warning !== undefined).toBe(warns);
      if (warning) expect(warning.params).toMatchObject({ travelDays, cap: funded });
    },
  );
});

describe('day rates', () => {
  it('pays an accompanying person of a pupil group the staff rate', () => {
    const result = calculateGrant(
      facts({ activityType: 'LM-GRP-PUPIL', accompanyingPerson: true }),
      card2024,
    );
    expect(supportLines(result)).toEqual([[5, 13_000, 65_000]]);
    expect(linesOf(result, 'INDIVIDUAL_SUPPORT')[0]?.rule.sources).toContain('W-INCP');
  });

  it('pays the pupils themselves the learner rate', () => {
    expect(supportLines(calculateGrant(facts({ activityType: 'LM-GRP-PUPIL' }), card2024))).toEqual([
      [5, 7000, 35_000],
    ]);
  });

  it('uses the receiving country group of the call year (Germany: group 1 from 2024, group 2 before)', () => {
    expect(supportLines(calculateGrant(facts({ hostCountry: 'DE' }), card2024))).toEqual([
      [5, 15_000, 75_000],
    ]);
    expect(supportLines(calculateGrant(facts({ hostCountry: 'DE', callYear: 2023 }), card2023))).toEqual([
      [5, 13_000, 65_000],
    ]);
  });

  it('uses a per-mobility NA day rate over the card rate', () => {
    const result = calculateGrant(facts({ naDailyRateCents: 9999 }), card2024);
    expect(supportLines(result)).toEqual([[5, 9999, 49_995]]);
    expect(linesOf(result, 'INDIVIDUAL_SUPPORT')[0]?.rule.origin).toBe('MOBILITY');
  });

  it('warns when the NA rate is outside the reported range, and still uses it', () => {
    const high = cardWithRates(2024, { individualSupport: { STAFF: { group2: 20_000 } } });
    const result = calculateGrant(facts(), high);
    expect(supportLines(result)).toEqual([[5, 20_000, 100_000]]);
    expect(result.warnings.find((w) => w.code === 'RATE_OUTSIDE_RANGE')?.params).toEqual({
      rateCents: 20_000,
      minCents: 8400,
      maxCents: 17_000,
    });
  });

  it('says "rate not set" when the card has no rate for the category', () => {
    const cleared = cardWithRates(2024, { individualSupport: { OTHER: { group2: null } } });
    const result = calculateGrant(facts({ activityType: 'OA-INV-EXP' }), cleared);
    expect(supportLines(result)).toEqual([]);
    expect(warningCodes(result)).toContain('RATE_NOT_SET');
  });

  it('pays no individual support for a zero-grant mobility', () => {
    expect(supportLines(calculateGrant(facts({ zeroGrant: true }), card2024))).toEqual([]);
  });
});
