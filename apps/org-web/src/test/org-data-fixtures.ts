/**
 * Organisation data as the API returns it to the routes of projects, participants and hosts
 * (every selected field, with `__typename`). The organisation is `rheinRuhr` of viewer-fixtures.
 */
import { rheinRuhr } from './viewer-fixtures';

type Confidence = 'CONFIRMED' | 'UNCONFIRMED' | 'RECONSTRUCTED';

const source = (confidence: Confidence = 'CONFIRMED', origin: 'TEMPLATE' | 'OVERRIDE' = 'TEMPLATE') => ({
  __typename: 'FigureSource',
  confidence,
  origin,
});

const amount = (amountCents: number | null, confidence: Confidence = 'CONFIRMED', origin?: 'OVERRIDE') => ({
  __typename: 'SourcedAmount',
  amountCents,
  source: source(confidence, origin),
});

const dayRate = (amountCents: number | null, range: [number, number] | null = null) => ({
  __typename: 'DayRate',
  amountCents,
  minCents: range?.[0] ?? null,
  maxCents: range?.[1] ?? null,
  source: source(range ? 'UNCONFIRMED' : 'CONFIRMED'),
});

export const budgetLine = (category: string, awardedCents: number, plannedCents: number) => ({
  __typename: 'BudgetLine',
  category,
  awardedCents,
  plannedCents,
});

export const projectBudget = [
  budgetLine('TRAVEL', 150_000, 61_800),
  budgetLine('INDIVIDUAL_SUPPORT', 200_000, 58_200),
  budgetLine('ORGANISATIONAL_SUPPORT', 50_000, 0),
  budgetLine('COURSE_FEES', 0, 0),
  budgetLine('INCLUSION_SUPPORT', 0, 0),
  budgetLine('EXCEPTIONAL_COSTS', 0, 0),
];

export const rateCard = {
  __typename: 'RateCard',
  name: 'KA1 SCH/VET/ADU unit costs, call 2024+',
  version: 'ka1-sch-vet-adu-2024.r1',
  standardTravelDaysMax: 2,
  greenTravelDaysMax: 6,
  travelBands: [
    {
      __typename: 'TravelBand',
      minKm: 10,
      maxKm: 99,
      standard: amount(2800, 'UNCONFIRMED'),
      green: amount(5600),
    },
    { __typename: 'TravelBand', minKm: 8000, maxKm: null, standard: amount(150_000), green: amount(null) },
  ],
  taperingFromDay: 15,
  taperingPercent: 70,
  individualSupport: [
    {
      __typename: 'IndividualSupportRates',
      category: 'STAFF',
      group1: dayRate(null, [9600, 19_000]),
      group2: dayRate(null, [8400, 17_000]),
      group3: dayRate(null, [7100, 14_800]),
    },
    {
      __typename: 'IndividualSupportRates',
      category: 'LEARNER',
      group1: dayRate(null),
      group2: dayRate(null),
      group3: dayRate(null),
    },
    {
      __typename: 'IndividualSupportRates',
      category: 'OTHER',
      group1: dayRate(null),
      group2: dayRate(null),
      group3: dayRate(null),
    },
  ],
  courseFeeMaxDays: 10,
  organisationalSupport: amount(40_000, 'UNCONFIRMED'),
  organisationalSupportCourses: amount(10_000, 'UNCONFIRMED'),
  inclusionSupportForOrganisations: amount(12_500, 'UNCONFIRMED'),
  courseFeePerDay: amount(8000),
};

export const project = {
  __typename: 'Project',
  id: 'project-essen-2026',
  code: '2026-1-DE02-KA122-VET-000123456',
  title: 'Werkstatt Europa 2026',
  action: 'KA122_VET',
  callYear: 2026,
  round: 1,
  nationalAgency: 'DE02',
  startDate: '2026-06-01',
  endDate: '2027-11-30',
  version: 3,
  mobilitiesCsvUrl: '/export/projects/project-essen-2026/mobilities.csv',
  rateCardOverrides: JSON.stringify({ travelDays: { standardMax: 2 }, note: 'NA DE02 rates letter 2026' }),
  rateCard,
  budget: projectBudget,
};

export const organisationNode = (fields: Record<string, unknown>) => ({
  data: { __typename: 'Query', node: { __typename: 'Organisation', id: rheinRuhr.id, ...fields } },
});

export const participant = (index: number, fields: Record<string, unknown> = {}) => ({
  __typename: 'Participant',
  id: `participant-${index}`,
  firstName: `First${index}`,
  lastName: `Last${String(index).padStart(3, '0')}`,
  email: `person${index}@example.org`,
  category: index % 2 === 0 ? 'STAFF' : 'LEARNER',
  unit: index % 2 === 0 ? null : 'KFZ 2b',
  fewerOpportunities: index === 1,
  ...fields,
});

/** One page of the participants connection, participants `from`…`to` (inclusive). */
export const participantPage = (from: number, to: number, hasNextPage: boolean) => ({
  __typename: 'OrganisationParticipantsConnection',
  edges: Array.from({ length: to - from + 1 }, (_, i) => ({
    __typename: 'OrganisationParticipantsConnectionEdge',
    cursor: `cursor-${from + i}`,
    node: participant(from + i),
  })),
  pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `cursor-${to}` },
});
