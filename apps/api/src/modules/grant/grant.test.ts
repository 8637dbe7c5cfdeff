import { activityTypesForAction } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { calculateGrant } from '@mobilis/domain/grant/calculate-grant';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation, aUser, TEST_PASSWORD } from '../../../test/seed-builders';
import { createTestApp, type TestApp } from '../../../test/test-app';

const ESTIMATE = /* GraphQL */ `
  query Estimate($input: GrantEstimateInput!) {
    grantEstimate(input: $input) {
      totalCents
      durationDays
      fundedDays
      lines { category quantity unitAmountCents amountCents explanation }
      warnings { code message }
    }
  }
`;

interface Case {
  name: string;
  input: Record<string, unknown>;
}

const base = {
  callYear: 2024,
  activityType: 'SM_JOB_SHDW',
  hostCountry: 'ES',
  distanceKm: 1650,
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  travelDays: 2,
  greenTravel: false,
};

const cases: Case[] = [
  { name: 'staff job shadowing with the NA’s day rate', input: { ...base, dailyRateCents: 11_700 } },
  { name: 'the same without a day rate (rate not set)', input: base },
  {
    name: 'a long VET learner placement, green, tapered, with fewer opportunities',
    input: {
      ...base,
      activityType: 'LM_SHORT_VET',
      hostCountry: 'FI',
      distanceKm: 1900,
      startDate: '2026-04-01',
      endDate: '2026-04-30',
      travelDays: 6,
      greenTravel: true,
      fewerOpportunities: true,
      dailyRateCents: 6_400,
    },
  },
  {
    name: 'a course with fees above the cap, call 2022, Greece as EL',
    input: {
      ...base,
      callYear: 2022,
      activityType: 'SM_COUR_TRAIN',
      hostCountry: 'EL',
      distanceKm: 2100,
      courseFeeDays: 12,
      dailyRateCents: 16_000,
    },
  },
  {
    name: 'an accompanying person',
    input: { ...base, activityType: 'LM_GRP_PUPIL', accompanyingPerson: true },
  },
];

function domainResult(input: Record<string, unknown>) {
  const callYear = input.callYear as number;
  const template = rateCardTemplateForCallYear(callYear);
  if (!template) throw new Error('no template');
  const result = calculateGrant(
    {
      callYear,
      activityType: (input.activityType as string).replaceAll('_', '-') as 'SM-JOB-SHDW',
      hostCountry: (input.hostCountry === 'EL' ? 'GR' : input.hostCountry) as 'ES',
      officialDistanceKm: input.distanceKm as number,
      startDate: input.startDate as string,
      endDate: input.endDate as string,
      travelDays: input.travelDays as number,
      greenTravel: input.greenTravel as boolean,
      fewerOpportunities: (input.fewerOpportunities as boolean) ?? false,
      accompanyingPerson: (input.accompanyingPerson as boolean) ?? false,
      courseFeeDays: (input.courseFeeDays as number) ?? 0,
      naDailyRateCents: (input.dailyRateCents as number) ?? null,
    },
    resolveRateCard(template, null),
  );
  return {
    totalCents: result.totalCents,
    durationDays: result.durationDays,
    fundedDays: result.fundedDays,
    lines: result.lines.map((l) => ({
      category: l.category,
      quantity: l.quantity,
      unitAmountCents: l.unitAmountCents,
      amountCents: l.amountCents,
      explanation: l.explanation.message,
    })),
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

describe('grant estimate and programme data over GraphQL', () => {
  let api: TestApp;
  let cookie: string | undefined;
  beforeAll(async () => {
    api = await createTestApp();
    const school = await anOrganisation(api.t.db);
    await aUser(api.t.db, {
      email: 'calc@example.org',
      memberOf: [{ organisation: school, role: 'COORDINATOR' }],
    });
    const signedIn = await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
      i: { email: 'calc@example.org', password: TEST_PASSWORD },
    });
    cookie = signedIn.sessionCookie;
  });
  afterAll(() => api.close());

  it.each(cases)('returns the domain package’s numbers for $name', async ({ input }) => {
    const response = await api.graphql<{ grantEstimate: unknown }>(ESTIMATE, { input }, { cookie });
    expect(response.errors).toBeUndefined();
    const expected = domainResult(input);
    expect(response.data?.grantEstimate).toEqual(expected);
    expect(expected.lines.length).toBeGreaterThan(0);
  });

  it('computes real amounts: job shadowing in Spain at €117 a day, 12 days + 2 travel days', async () => {
    const response = await api.graphql<{ grantEstimate: { totalCents: number; fundedDays: number } }>(
      ESTIMATE,
      { input: { ...base, dailyRateCents: 11_700 } },
      { cookie },
    );
    expect(response.data?.grantEstimate.fundedDays).toBe(14);
    // 14 × €117 individual support + €309 travel (500–1 999 km, 2024+ standard) + organisational support.
    expect(response.data?.grantEstimate.totalCents).toBeGreaterThanOrEqual(14 * 11_700 + 30_900);
  });

  it('refuses a signed-out caller', async () => {
    const response = await api.graphql(ESTIMATE, { input: base });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it('answers bad input with BAD_USER_INPUT and field errors, not a server error', async () => {
    const response = await api.graphql(ESTIMATE, { input: { ...base, endDate: '2026-03-01' } }, { cookie });
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        {
          path: ['endDate'],
          code: 'END_BEFORE_START',
          message: 'The end date cannot be before the start date.',
        },
      ],
    });
    const country = await api.graphql(ESTIMATE, { input: { ...base, hostCountry: 'CH' } }, { cookie });
    expect(country.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { path: ['hostCountry'], code: 'COUNTRY_NOT_ELIGIBLE', message: expect.any(String) },
    ]);
    const date = await api.graphql(ESTIMATE, { input: { ...base, startDate: '2026-02-30x' } }, { cookie });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the activity types an action allows', async () => {
    const response = await api.graphql<{ activityTypes: { bmCode: string }[] }>(
      '{ activityTypes(action: KA122_VET) { bmCode code name durationRanges { minDays maxDays } } }',
      {},
      { cookie },
    );
    expect(response.data?.activityTypes.map((a) => a.bmCode)).toEqual(
      activityTypesForAction('KA122-VET').map((a) => a.code),
    );
    expect(response.data?.activityTypes.map((a) => a.bmCode)).toContain('LM-LONG-VET');
  });

  it('gives each country its group for the call year (the 2024 regrouping moves Germany to group 1)', async () => {
    const query = 'query($y: Int!) { countries(callYear: $y) { code euCode group } }';
    const y2023 = await api.graphql<{ countries: { code: string; euCode: string; group: number }[] }>(query, {
      y: 2023,
    });
    const y2024 = await api.graphql<{ countries: { code: string; euCode: string; group: number }[] }>(query, {
      y: 2024,
    });
    expect(y2023.data?.countries).toHaveLength(33);
    expect(y2023.data?.countries.find((c) => c.code === 'DE')?.group).toBe(2);
    expect(y2024.data?.countries.find((c) => c.code === 'DE')?.group).toBe(1);
    expect(y2024.data?.countries.find((c) => c.code === 'GR')?.euCode).toBe('EL');
  });

  it('serves the call year’s rate card template, and null before 2021', async () => {
    const query =
      'query($y: Int!) { rateCardTemplate(callYear: $y) { templateId travelBands { minKm maxKm standard { amountCents } green { amountCents } } courseFeePerDay { amountCents } courseFeeMaxDays } }';
    const card = await api.graphql<{
      rateCardTemplate: {
        travelBands: { minKm: number; standard: { amountCents: number } }[];
        courseFeePerDay: { amountCents: number };
        courseFeeMaxDays: number;
      };
    }>(query, { y: 2025 });
    expect(card.data?.rateCardTemplate.travelBands.find((b) => b.minKm === 500)?.standard.amountCents).toBe(
      30_900,
    );
    expect(card.data?.rateCardTemplate.courseFeePerDay.amountCents).toBe(8_000);
    expect(card.data?.rateCardTemplate.courseFeeMaxDays).toBe(10);
    expect((await api.graphql(query, { y: 2020 })).data).toEqual({ rateCardTemplate: null });
  });
});
