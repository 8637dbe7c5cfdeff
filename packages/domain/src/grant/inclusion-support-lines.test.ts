import { describe, expect, it } from 'vitest';
import { calculateGrant } from './calculate-grant';
import { cardWithRates, facts, linesOf, warningCodes } from './grant-test-fixtures';

const card2024 = cardWithRates(2024);
const card2023 = cardWithRates(2023);
const inclusion = (result: ReturnType<typeof calculateGrant>) =>
  linesOf(result, 'INCLUSION_SUPPORT').map((l) => [l.rule.code, l.amountCents]);

describe('inclusion support', () => {
  it('pays organisations €100 for a participant with fewer opportunities (call 2021–2023)', () => {
    const result = calculateGrant(facts({ callYear: 2023, fewerOpportunities: true }), card2023);
    expect(inclusion(result)).toEqual([['INCLUSION_SUPPORT_ORGANISATIONS', 10_000]]);
  });

  it('pays nothing extra for a participant without fewer opportunities', () => {
    expect(inclusion(calculateGrant(facts({ callYear: 2023 }), card2023))).toEqual([]);
  });

  it('pays organisations from call 2024 only with real-cost support for the participant', () => {
    const result = calculateGrant(facts({ fewerOpportunities: true }), card2024);
    expect(inclusion(result)).toEqual([]);
    expect(warningCodes(result)).toContain('INCLUSION_SUPPORT_REQUIRES_PARTICIPANT_COSTS');
  });

  it('pays real costs at 100 % and €125 to organisations from call 2024 (unconfirmed for KA121/KA122)', () => {
    const result = calculateGrant(
      facts({ fewerOpportunities: true, participantInclusionCostsCents: 30_000 }),
      card2024,
    );
    expect(inclusion(result)).toEqual([
      ['INCLUSION_SUPPORT_PARTICIPANTS', 30_000],
      ['INCLUSION_SUPPORT_ORGANISATIONS', 12_500],
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'UNCONFIRMED_FIGURE').map((w) => w.params.item),
    ).toContain('INCLUSION_SUPPORT');
  });

  it('pays an accompanying person real costs but no organisation unit cost', () => {
    const result = calculateGrant(
      facts({ accompanyingPerson: true, fewerOpportunities: true, participantInclusionCostsCents: 20_000 }),
      card2024,
    );
    expect(inclusion(result)).toEqual([['INCLUSION_SUPPORT_PARTICIPANTS', 20_000]]);
  });

  it('refuses real costs for a participant who is neither flagged nor accompanying', () => {
    const result = calculateGrant(facts({ participantInclusionCostsCents: 20_000 }), card2024);
    expect(inclusion(result)).toEqual([]);
    expect(warningCodes(result)).toContain('INCLUSION_COSTS_WITHOUT_ENTITLEMENT');
  });
});
