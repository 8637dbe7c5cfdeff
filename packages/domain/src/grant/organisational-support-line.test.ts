import { describe, expect, it } from 'vitest';
import { calculateGrant } from './calculate-grant';
import { cardWithRates, facts, linesOf, warningCodes } from './grant-test-fixtures';

const card2024 = cardWithRates(2024);
const card2023 = cardWithRates(2023);
const osCents = (result: ReturnType<typeof calculateGrant>) =>
  linesOf(result, 'ORGANISATIONAL_SUPPORT').map((l) => l.amountCents);

describe('organisational support', () => {
  it.each([
    { name: 'a job shadowing, call 2024', input: facts(), card: card2024, cents: [40_000] },
    { name: 'a job shadowing, call 2023', input: facts({ callYear: 2023 }), card: card2023, cents: [35_000] },
    {
      name: 'a course, call 2024',
      input: facts({ activityType: 'SM-COUR-TRAIN' }),
      card: card2024,
      cents: [10_000],
    },
    { name: 'an accompanying person', input: facts({ accompanyingPerson: true }), card: card2024, cents: [] },
    {
      name: 'a mobility with OS not requested',
      input: facts({ organisationalSupportNotRequested: true }),
      card: card2024,
      cents: [],
    },
    { name: 'a zero-grant mobility', input: facts({ zeroGrant: true }), card: card2024, cents: [40_000] },
  ])('pays $cents for $name', ({ input, card, cents }) => {
    expect(osCents(calculateGrant(input, card))).toEqual(cents);
  });

  it('totals a zero-grant mobility at its organisational support alone', () => {
    const result = calculateGrant(facts({ zeroGrant: true }), card2024);
    expect(result.lines.map((l) => l.category)).toEqual(['ORGANISATIONAL_SUPPORT']);
    expect(result.totalCents).toBe(40_000);
  });

  it('says "rate not set" when the NA cleared the unit cost', () => {
    const result = calculateGrant(
      facts(),
      cardWithRates(2024, { organisationalSupport: { generalCents: null } }),
    );
    expect(osCents(result)).toEqual([]);
    expect(result.warnings.find((w) => w.code === 'RATE_NOT_SET')?.params.item).toBe(
      'ORGANISATIONAL_SUPPORT',
    );
  });

  it('uses an NA unit cost without calling it unconfirmed', () => {
    const result = calculateGrant(
      facts(),
      cardWithRates(2024, { organisationalSupport: { generalCents: 38_000 } }),
    );
    expect(osCents(result)).toEqual([38_000]);
    expect(
      result.warnings.filter((w) => w.code === 'UNCONFIRMED_FIGURE').map((w) => w.params.item),
    ).not.toContain('ORGANISATIONAL_SUPPORT');
    expect(warningCodes(result)).not.toContain('RATE_NOT_SET');
  });
});
