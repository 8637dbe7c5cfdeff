import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../validation/field-errors';
import { type RateCardOverrides, rateCardOverridesSchema, TRAVEL_BAND_EDGES_KM } from './rate-card-overrides';
import {
  findRateCardTemplate,
  RATE_CARD_TEMPLATES,
  rateCardTemplateForCallYear,
} from './rate-card-templates';
import { rateCardVersion, resolveRateCard } from './resolve-rate-card';
import { TEMPLATE_2021_2023 } from './template-2021-2023';
import { TEMPLATE_2024 } from './template-2024';

describe('rateCardTemplateForCallYear', () => {
  it.each([
    { year: 2020, id: null },
    { year: 2021, id: 'ka1-sch-vet-adu-2021-2023' },
    { year: 2023, id: 'ka1-sch-vet-adu-2021-2023' },
    { year: 2024, id: 'ka1-sch-vet-adu-2024' },
    { year: 2027, id: 'ka1-sch-vet-adu-2024' },
  ])('gives call $year the template $id', ({ year, id }) => {
    expect(rateCardTemplateForCallYear(year)?.templateId ?? null).toBe(id);
  });

  it('finds templates by id', () => {
    expect(findRateCardTemplate('ka1-sch-vet-adu-2024')).toBe(TEMPLATE_2024);
    expect(findRateCardTemplate('nope')).toBeNull();
  });
});

describe('programme templates', () => {
  it.each(RATE_CARD_TEMPLATES)('$templateId has the shared band edges and its plain version', (template) => {
    expect(template.travelBands.map((b) => b.minKm)).toEqual([...TRAVEL_BAND_EDGES_KM]);
    expect(template.version).toBe(rateCardVersion(template, null));
  });

  it.each(RATE_CARD_TEMPLATES)('$templateId invents no per-day rate: every day rate is empty', (template) => {
    const rates = Object.values(template.individualSupport).flatMap((groups) => Object.values(groups));
    expect(rates).toHaveLength(9);
    expect(rates.every((rate) => rate.amountCents === null && rate.confidence === 'unconfirmed')).toBe(true);
  });

  it('keeps the 2021–2023 staff maxima as unconfirmed data, in cents', () => {
    const staff = TEMPLATE_2021_2023.individualSupport.STAFF;
    expect([staff.group1.maxCents, staff.group2.maxCents, staff.group3.maxCents]).toEqual([
      18_000, 16_000, 14_000,
    ]);
  });

  it('funds up to 2 travel days, 6 with green travel, and course fees of €80 for at most 10 days', () => {
    for (const template of RATE_CARD_TEMPLATES) {
      expect(template.travelDays).toMatchObject({ standardMax: 2, greenMax: 6 });
      expect(template.courseFees.perDay.amountCents).toBe(8000);
      expect(template.courseFees.maxDays).toBe(10);
      expect(template.expensiveTravel).toMatchObject({ coverageBelowPercent: 70, reimbursedPercent: 80 });
    }
  });

  it('survives a JSON round trip unchanged (serialisable for storage)', () => {
    const card = resolveRateCard(TEMPLATE_2024, { tapering: null });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('resolveRateCard', () => {
  const overrides: RateCardOverrides = {
    individualSupport: { LEARNER: { group1: 6400 } },
    organisationalSupport: { generalCents: null },
    travelBands: [{ minKm: 500, greenCents: 40_000 }],
    tapering: { fromDay: 15, percent: 60 },
  };

  it('returns the template itself when there are no overrides', () => {
    expect(resolveRateCard(TEMPLATE_2024, null)).toEqual(TEMPLATE_2024);
    expect(resolveRateCard(TEMPLATE_2024, {}).version).toBe('ka1-sch-vet-adu-2024.r1');
  });

  it('applies the NA figures and marks them as overrides', () => {
    const card = resolveRateCard(TEMPLATE_2024, overrides);
    expect(card.individualSupport.LEARNER.group1).toMatchObject({ amountCents: 6400, origin: 'OVERRIDE' });
    expect(card.individualSupport.LEARNER.group2).toMatchObject({ amountCents: null, origin: 'TEMPLATE' });
    expect(card.travelBands[2]?.green).toMatchObject({ amountCents: 40_000, origin: 'OVERRIDE' });
    expect(card.travelBands[2]?.standard).toMatchObject({ amountCents: 30_900, origin: 'TEMPLATE' });
    expect(card.tapering).toMatchObject({ fromDay: 15, percent: 60 });
  });

  it('keeps the Commission range next to an overridden staff rate', () => {
    const card = resolveRateCard(TEMPLATE_2024, { individualSupport: { STAFF: { group1: 12_000 } } });
    expect(card.individualSupport.STAFF.group1).toMatchObject({
      amountCents: 12_000,
      minCents: 9600,
      maxCents: 19_000,
    });
  });

  it('clears a figure overridden with null, so the calculator says "rate not set"', () => {
    expect(resolveRateCard(TEMPLATE_2024, overrides).organisationalSupport.general.amountCents).toBeNull();
  });

  it('switches tapering off when the override is null', () => {
    expect(resolveRateCard(TEMPLATE_2021_2023, { tapering: null }).tapering).toBeNull();
  });

  it('gives the card a version naming the template and fingerprinting the overrides', () => {
    const version = resolveRateCard(TEMPLATE_2024, overrides).version;
    expect(version).toMatch(/^ka1-sch-vet-adu-2024\.r1\+na-[0-9a-f]{8}$/);
    const reordered = JSON.parse(JSON.stringify({ ...overrides, tapering: { percent: 60, fromDay: 15 } }));
    expect(resolveRateCard(TEMPLATE_2024, reordered).version).toBe(version);
    const changed = { ...overrides, individualSupport: { LEARNER: { group1: 6500 } } };
    expect(resolveRateCard(TEMPLATE_2024, changed).version).not.toBe(version);
  });
});

describe('rateCardOverridesSchema', () => {
  it('accepts a partial override as stored in JSON', () => {
    expect(rateCardOverridesSchema.safeParse({ courseFees: { maxDays: 10 } }).success).toBe(true);
  });

  it.each([
    { name: 'an unknown key', input: { perDiem: 1 }, code: 'UNKNOWN_FIELD' },
    {
      name: 'a negative amount',
      input: { inclusionSupportForOrganisationsCents: -1 },
      code: 'AMOUNT_NEGATIVE',
    },
    {
      name: 'fractional cents',
      input: { inclusionSupportForOrganisationsCents: 10.5 },
      code: 'AMOUNT_NOT_WHOLE_CENTS',
    },
    {
      name: 'an unknown band',
      input: { travelBands: [{ minKm: 150, standardCents: 1 }] },
      code: 'TRAVEL_BAND_UNKNOWN',
    },
    {
      name: 'a percentage above 100',
      input: { tapering: { fromDay: 15, percent: 101 } },
      code: 'NUMBER_TOO_LARGE',
    },
  ])('rejects $name with code $code', ({ input, code }) => {
    const result = rateCardOverridesSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error && fieldErrorsFromZod(result.error)[0]?.code).toBe(code);
  });
});
