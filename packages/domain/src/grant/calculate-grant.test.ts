import { describe, expect, it } from 'vitest';
import { resolveRateCard } from '../rate-card/resolve-rate-card';
import { TEMPLATE_2024 } from '../rate-card/template-2024';
import { calculateGrant } from './calculate-grant';
import { cardWithRates, facts, linesOf, warningCodes } from './grant-test-fixtures';

const card2024 = cardWithRates(2024);

describe('calculateGrant', () => {
  it('prices a 5-day job shadowing in Spain (call 2024, 1 450 km) line by line', () => {
    const result = calculateGrant(facts(), card2024);
    expect(result.lines.map((l) => [l.category, l.quantity, l.unitAmountCents, l.amountCents])).toEqual([
      ['TRAVEL', 1, 30_900, 30_900],
      ['INDIVIDUAL_SUPPORT', 5, 13_000, 65_000],
      ['ORGANISATIONAL_SUPPORT', 1, 40_000, 40_000],
    ]);
    expect(result.totalCents).toBe(135_900);
    expect(result).toMatchObject({ durationDays: 5, fundedTravelDays: 0, fundedDays: 5 });
    expect(result.distance).toEqual({ km: 1450, source: 'OFFICIAL' });
    expect(result.rateCardVersion).toBe(card2024.version);
  });

  it('explains each line in one sentence citing the table, as the issue asks', () => {
    const result = calculateGrant(facts({ greenTravel: true }), card2024);
    expect(linesOf(result, 'TRAVEL')[0]?.explanation).toMatchObject({
      code: 'TRAVEL_BAND',
      message: 'Travel band 500–1 999 km, green travel: €417 per participant (call 2024+ table).',
      params: { band: '500–1 999 km', mode: 'GREEN', amountCents: 41_700, table: 'call 2024+' },
    });
    expect(linesOf(result, 'INDIVIDUAL_SUPPORT')[0]?.explanation.message).toBe(
      'Individual support, staff rate for country group 2: 5 days × €130 (call 2024+ table).',
    );
  });

  it('names the rule, its sources and confidence on every line', () => {
    const [travel, support, os] = calculateGrant(facts(), card2024).lines;
    expect(travel?.rule).toMatchObject({
      code: 'TRAVEL_BAND',
      confidence: 'unconfirmed',
      origin: 'TEMPLATE',
    });
    expect(travel?.rule.sources).toContain('TR-2024');
    expect(support?.rule).toMatchObject({
      code: 'INDIVIDUAL_SUPPORT_DAY_RATE',
      confidence: 'confirmed',
      origin: 'OVERRIDE',
    });
    expect(os?.rule.sources).toEqual(['W-OS121', 'PODIA']);
  });

  it('warns about each unconfirmed template figure it used', () => {
    const unconfirmed = calculateGrant(facts(), card2024).warnings.filter(
      (w) => w.code === 'UNCONFIRMED_FIGURE',
    );
    expect(unconfirmed.map((w) => w.params.item)).toEqual(['TRAVEL', 'ORGANISATIONAL_SUPPORT']);
  });

  it.each([
    { name: 'a plain staff mobility', extra: {} },
    {
      name: 'a tapered 40-day stay',
      extra: { activityType: 'SM-TTA', endDate: '2024-11-15', travelDays: 2 },
    },
    { name: 'expensive green travel', extra: { greenTravel: true, realTravelCostCents: 123_457 } },
    { name: 'courses with fees', extra: { activityType: 'SM-COUR-TRAIN', courseFeeDays: 5 } },
  ] as const)('keeps amount = quantity × unit in whole cents for $name', ({ extra }) => {
    const result = calculateGrant(facts(extra), card2024);
    expect(result.lines.length).toBeGreaterThan(0);
    for (const line of result.lines) {
      expect(Number.isInteger(line.amountCents)).toBe(true);
      expect(line.amountCents).toBe(line.quantity * line.unitAmountCents);
    }
    expect(result.totalCents).toBe(result.lines.reduce((sum, l) => sum + l.amountCents, 0));
  });

  it('computes nothing when the end date is before the start date', () => {
    const result = calculateGrant(facts({ startDate: '2024-10-11', endDate: '2024-10-07' }), card2024);
    expect(result.lines).toEqual([]);
    expect(result.durationDays).toBeNull();
    expect(warningCodes(result)).toContain('INVALID_DATES');
  });

  it('warns about a duration outside the activity type range and still prices it', () => {
    const result = calculateGrant(facts({ endDate: '2024-10-07' }), card2024);
    expect(warningCodes(result)).toContain('DURATION_BELOW_MINIMUM');
    expect(linesOf(result, 'INDIVIDUAL_SUPPORT')[0]?.quantity).toBe(1);
  });

  it('calculates no grant for an HE activity, which these KA121/KA122 cards do not cover', () => {
    const result = calculateGrant(facts({ activityType: 'HE-STA' }), card2024);
    expect(result.lines).toEqual([]);
    expect(warningCodes(result)).toContain('ACTIVITY_NOT_COVERED_BY_RATE_CARD');
    expect(result.durationDays).toBe(5);
  });

  it('warns when the card belongs to other call years than the mobility', () => {
    expect(warningCodes(calculateGrant(facts({ callYear: 2023 }), card2024))).toContain(
      'CALL_YEAR_OUTSIDE_RATE_CARD',
    );
    expect(warningCodes(calculateGrant(facts(), card2024))).not.toContain('CALL_YEAR_OUTSIDE_RATE_CARD');
  });

  it('says "rate not set" for individual support on the bare 2024 template, inventing no rate', () => {
    const result = calculateGrant(
      facts({ activityType: 'LM-SHORT-VET', endDate: '2024-10-20' }),
      resolveRateCard(TEMPLATE_2024, null),
    );
    expect(linesOf(result, 'INDIVIDUAL_SUPPORT')).toEqual([]);
    const warning = result.warnings.find((w) => w.code === 'RATE_NOT_SET');
    expect(warning?.params).toEqual({ item: 'INDIVIDUAL_SUPPORT', detail: 'learner, country group 2' });
    expect(warning?.message).toMatch(
      /^Rate not set: the rate card has no figure for individual support \(learner, country group 2\)/,
    );
  });
});

describe('calculateGrant under force majeure', () => {
  const amounts = { travelCents: 12_345, individualSupportCents: 20_000 };

  it('uses the amounts entered by hand for travel and individual support', () => {
    const result = calculateGrant(facts({ forceMajeure: true, forceMajeureAmounts: amounts }), card2024);
    expect(linesOf(result, 'TRAVEL').map((l) => [l.amountCents, l.rule.code])).toEqual([
      [12_345, 'FORCE_MAJEURE_AMOUNT'],
    ]);
    expect(linesOf(result, 'INDIVIDUAL_SUPPORT').map((l) => l.amountCents)).toEqual([20_000]);
  });

  it('ignores amounts entered by hand without the force-majeure flag, and says so', () => {
    const result = calculateGrant(facts({ forceMajeureAmounts: amounts }), card2024);
    expect(linesOf(result, 'TRAVEL')[0]?.amountCents).toBe(30_900);
    expect(warningCodes(result)).toContain('FORCE_MAJEURE_AMOUNTS_IGNORED');
  });

  it('does not flag a one-day force-majeure stay as too short', () => {
    const result = calculateGrant(facts({ forceMajeure: true, endDate: '2024-10-07' }), card2024);
    expect(warningCodes(result)).not.toContain('DURATION_BELOW_MINIMUM');
  });
});
