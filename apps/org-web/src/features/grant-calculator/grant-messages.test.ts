import { ACTIONS } from '@mobilis/domain/catalogue/action';
import { ACTIVITY_TYPE_CODES } from '@mobilis/domain/catalogue/activity-type-codes';
import { calculateGrant } from '@mobilis/domain/grant/calculate-grant';
import { GRANT_CATEGORIES, type GrantResult } from '@mobilis/domain/grant/grant-result';
import { GRANT_WARNING_CODES } from '@mobilis/domain/grant/grant-warnings';
import type { MobilityFacts } from '@mobilis/domain/grant/mobility-facts-input';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { createFormatters } from '@mobilis/ui/i18n/use-formatters';
import { describe, expect, it } from 'vitest';
import { createOrgI18n } from '../../i18n/org-i18n';
import { grantCalculatorEn } from './grant-calculator-en';
import { createGrantMessages } from './use-grant-messages';

const sorted = (values: Iterable<string>) => [...values].sort();
// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

const rates = { group1: 15_000, group2: 13_000, group3: 11_000 };
const naRates = { individualSupport: { STAFF: rates, LEARNER: rates, OTHER: rates } };

function card(callYear: number, withRates = true) {
  const template = rateCardTemplateForCallYear(callYear);
  if (!template) throw new Error(`no template for ${callYear}`);
  return resolveRateCard(template, withRates ? naRates : null);
}

const base: MobilityFacts = {
  callYear: 2026,
  activityType: 'SM-JOB-SHDW',
  hostCountry: 'ES',
  officialDistanceKm: 1650,
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  travelDays: 2,
};

/** Mobilities that between them produce every explanation and every warning the calculator has. */
const scenarios: [string, MobilityFacts, ReturnType<typeof card>][] = [
  ['plain', base, card(2026)],
  ['no NA rate', base, card(2026, false)],
  ['tapered, expensive travel', { ...base, endDate: '2026-03-31', realTravelCostCents: 100_000 }, card(2026)],
  ['cheap real travel', { ...base, realTravelCostCents: 10_000 }, card(2026)],
  [
    'green 10–99 km in 2023',
    { ...base, callYear: 2023, officialDistanceKm: 50, greenTravel: true },
    card(2023),
  ],
  ['call year outside the card', { ...base, callYear: 2023 }, card(2026)],
  ['too many travel days', { ...base, travelDays: 9 }, card(2026)],
  ['no distance', { ...base, officialDistanceKm: null }, card(2026)],
  ['below 10 km', { ...base, officialDistanceKm: 5 }, card(2026)],
  ['computed in another band', { ...base, computedDistanceKm: 450 }, card(2026)],
  [
    'rate outside range',
    base,
    resolveRateCard(card(2026, false), { individualSupport: { STAFF: { group2: 500 } } }),
  ],
  ['one day', { ...base, endDate: '2026-03-02' }, card(2026)],
  ['too long', { ...base, endDate: '2026-09-30' }, card(2026)],
  ['dates reversed', { ...base, endDate: '2026-03-01' }, card(2026)],
  ['HE between ranges', { ...base, activityType: 'HE-SMS', endDate: '2026-04-15' }, card(2026)],
  ['limits unknown', { ...base, activityType: 'MOBILIS-LM-GRP-VET' }, card(2026)],
  [
    'short course',
    { ...base, activityType: 'SM-COUR-TRAIN', endDate: '2026-03-06', courseFeeDays: 12 },
    card(2026),
  ],
  ['course fees for job shadowing', { ...base, courseFeeDays: 3 }, card(2026)],
  ['fewer opportunities without costs', { ...base, fewerOpportunities: true }, card(2026)],
  [
    'fewer opportunities with costs',
    { ...base, fewerOpportunities: true, participantInclusionCostsCents: 5_000 },
    card(2026),
  ],
  ['inclusion costs without entitlement', { ...base, participantInclusionCostsCents: 5_000 }, card(2026)],
  ['amounts without force majeure', { ...base, forceMajeureAmounts: { travelCents: 100 } }, card(2026)],
  [
    'force majeure',
    {
      ...base,
      forceMajeure: true,
      forceMajeureAmounts: { travelCents: 12_345, individualSupportCents: 67_890 },
    },
    card(2026),
  ],
];

const results: GrantResult[] = scenarios.map(([, facts, rateCard]) => calculateGrant(facts, rateCard));
const outcomeOf = (result: GrantResult) => ({
  card: card(2026),
  result,
  participantCategory: 'STAFF' as const,
  countryGroup: 2,
});

describe('grant calculator texts', () => {
  it('name every warning code, and only those', () => {
    expect(sorted(Object.keys(grantCalculatorEn.warnings))).toEqual(sorted(GRANT_WARNING_CODES));
  });

  it('name every explanation the calculator gives, and only those', () => {
    const codes = new Set(results.flatMap((result) => result.lines.map((line) => line.explanation.code)));
    expect(sorted(Object.keys(grantCalculatorEn.explanations))).toEqual(sorted(codes));
  });

  it('cover every warning code in these scenarios (so the next test sees them all)', () => {
    const codes = new Set(results.flatMap((result) => result.warnings.map((warning) => warning.code)));
    expect(sorted(codes)).toEqual(sorted(GRANT_WARNING_CODES));
  });

  it('name every activity type, action and budget category', () => {
    expect(sorted(Object.keys(grantCalculatorEn.activityTypes))).toEqual(sorted(ACTIVITY_TYPE_CODES));
    expect(sorted(Object.keys(grantCalculatorEn.actions))).toEqual(sorted(ACTIONS));
    expect(sorted(Object.keys(grantCalculatorEn.categories))).toEqual(sorted(GRANT_CATEGORIES));
  });

  it('only translate validation codes the domain defines', () => {
    for (const code of Object.keys(grantCalculatorEn.validation))
      expect(VALIDATION_MESSAGES).toHaveProperty(code);
  });

  it.each(['en', 'de'] as const)('fill every placeholder of every explanation and warning in %s', (lng) => {
    const i18n = createOrgI18n(lng);
    const messages = createGrantMessages(i18n.getFixedT(lng, 'org'), createFormatters(lng));
    for (const result of results) {
      const texts = [
        ...result.lines.map((line) => messages.explanation(line.explanation)),
        ...result.warnings.map((warning) => messages.warning(warning, outcomeOf(result))),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/\{\{|undefined|NaN|grantCalculator\./);
      }
    }
  });

  it('formats money, distances and dates for the locale', () => {
    const i18n = createOrgI18n('de');
    const messages = createGrantMessages(i18n.getFixedT('de', 'org'), createFormatters('de'));
    const travel = results[0]?.lines.find((line) => line.category === 'TRAVEL');
    expect(travel && plain(messages.explanation(travel.explanation))).toBe(
      'Entfernungsband 500–1.999 km, Reiseart Standard: 309,00 € pro teilnehmender Person (Tabelle Aufruf 2024+).',
    );
    const reversed = results[scenarios.findIndex(([name]) => name === 'dates reversed')];
    const invalid = reversed?.warnings.find((warning) => warning.code === 'INVALID_DATES');
    expect(invalid && messages.warning(invalid, outcomeOf(reversed as GrantResult))).toBe(
      'Die Termine sind ungültig: Das Ende 01.03.2026 liegt vor dem Beginn 02.03.2026.',
    );
  });

  it('says whose rate is missing when the NA has not set one', () => {
    const i18n = createOrgI18n('en');
    const messages = createGrantMessages(i18n.getFixedT('en', 'org'), createFormatters('en'));
    const noRate = results[1] as GrantResult;
    const warning = noRate.warnings.find((candidate) => candidate.code === 'RATE_NOT_SET');
    expect(warning && messages.warning(warning, outcomeOf(noRate))).toBe(
      'Rate not set: the rate card has no figure for individual support (staff, country group 2). Enter the National Agency’s rate.',
    );
  });
});
