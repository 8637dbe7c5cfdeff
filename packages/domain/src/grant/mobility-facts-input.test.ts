import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../validation/field-errors';
import { grantEstimateInputSchema } from './grant-estimate-input';
import { mobilityFactsSchema } from './mobility-facts-input';

const minimal = {
  callYear: 2024,
  activityType: 'SM-JOB-SHDW',
  hostCountry: 'ES',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
};

const errorsFor = (input: unknown) => {
  const result = mobilityFactsSchema.safeParse(input);
  return result.success ? [] : fieldErrorsFromZod(result.error).map((e) => [e.path.join('.'), e.code]);
};

describe('mobilityFactsSchema', () => {
  it('fills in false flags and zero counts', () => {
    expect(mobilityFactsSchema.parse(minimal)).toMatchObject({
      travelDays: 0,
      courseFeeDays: 0,
      greenTravel: false,
      zeroGrant: false,
      forceMajeure: false,
      accompanyingPerson: false,
      fewerOpportunities: false,
      organisationalSupportNotRequested: false,
    });
  });

  it.each([
    {
      name: 'an end date before the start',
      input: { endDate: '2024-10-06' },
      errors: [['endDate', 'END_BEFORE_START']],
    },
    {
      name: 'an impossible date',
      input: { startDate: '2024-02-30' },
      errors: [['startDate', 'DATE_INVALID']],
    },
    {
      name: 'a call before 2021',
      input: { callYear: 2020 },
      errors: [['callYear', 'CALL_YEAR_NOT_SUPPORTED']],
    },
    {
      name: 'an unknown activity',
      input: { activityType: 'SM-NOPE' },
      errors: [['activityType', 'ACTIVITY_TYPE_UNKNOWN']],
    },
    {
      name: 'the United Kingdom',
      input: { hostCountry: 'GB' },
      errors: [['hostCountry', 'COUNTRY_NOT_ELIGIBLE']],
    },
    {
      name: 'fractional cents',
      input: { realTravelCostCents: 1.5 },
      errors: [['realTravelCostCents', 'AMOUNT_NOT_WHOLE_CENTS']],
    },
    { name: 'negative travel days', input: { travelDays: -1 }, errors: [['travelDays', 'NUMBER_TOO_SMALL']] },
    { name: 'an unknown field', input: { perDiem: 3 }, errors: [['', 'UNKNOWN_FIELD']] },
  ])('rejects $name', ({ input, errors }) => {
    expect(errorsFor({ ...minimal, ...input })).toEqual(errors);
  });

  it('reports a missing field as REQUIRED', () => {
    const { hostCountry: _omitted, ...rest } = minimal;
    expect(errorsFor(rest)).toEqual([['hostCountry', 'REQUIRED']]);
  });
});

describe('grantEstimateInputSchema', () => {
  it('takes facts and optional overrides to preview', () => {
    const parsed = grantEstimateInputSchema.parse({
      facts: minimal,
      rateCardOverrides: { individualSupport: { STAFF: { group2: 12_000 } } },
    });
    expect(parsed.rateCardOverrides?.individualSupport?.STAFF?.group2).toBe(12_000);
  });

  it('points errors at the nested field', () => {
    const result = grantEstimateInputSchema.safeParse({ facts: { ...minimal, endDate: 'soon' } });
    expect(result.success).toBe(false);
    expect(result.error && fieldErrorsFromZod(result.error)[0]?.path).toEqual(['facts', 'endDate']);
  });
});
