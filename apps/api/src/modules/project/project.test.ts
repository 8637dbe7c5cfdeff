import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';
import {
  CANCEL,
  CREATE_MOBILITY,
  PROPOSE,
  placementFacts,
  run,
} from '../mobility/mobility-operations.test-helpers';

const CREATE = /* GraphQL */ `
  mutation($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on ProjectPayload { project { code action callYear round nationalAgency version budget { category awardedCents plannedCents } rateCard { version } } }
      ... on ValidationError { fieldErrors { path code } }
    }
  }
`;
const RATE_CARD = /* GraphQL */ `
  mutation($input: UpdateProjectRateCardInput!) {
    updateProjectRateCard(input: $input) {
      __typename
      ... on ProjectPayload { project { version rateCardOverrides rateCard { version individualSupport { category group1 { amountCents source { origin } } } } } }
      ... on ValidationError { fieldErrors { path code } }
      ... on StaleVersionError { currentVersion }
    }
  }
`;
const BUDGET = `query($id: ID!) { node(id: $id) { ... on Project { budget { category awardedCents plannedCents } mobilitiesCsvUrl } } }`;

describe('projects, rate cards, budget and export', () => {
  let api: TestApp;
  let w: TwoTenants;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.t.truncateAll();
    w = await twoTenants(api);
  });

  it('createProject reads action, call year, round and National Agency from the code', async () => {
    const response = await api.graphql<{ createProject: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          organisationId: w.gid.essen,
          code: '2025-2-DE02-KA121-VET-000765432',
          title: 'Accredited 2025',
          startDate: '2025-09-01',
          endDate: '2026-11-30',
          awarded: [{ category: 'TRAVEL', amountCents: 250_000 }],
        },
      },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(response.data?.createProject).toMatchObject({
      __typename: 'ProjectPayload',
      project: {
        code: '2025-2-DE02-KA121-VET-000765432',
        action: 'KA121_VET',
        callYear: 2025,
        round: 2,
        nationalAgency: 'DE02',
        version: 1,
        rateCard: { version: 'ka1-sch-vet-adu-2024.r1' },
      },
    });
    const payload = response.data?.createProject as {
      project: { budget: { category: string; awardedCents: number }[] };
    };
    const budget = payload.project.budget;
    expect(budget.find((b) => b.category === 'TRAVEL')?.awardedCents).toBe(250_000);
  });

  it('createProject rejects a malformed code, a taken code and reversed dates, and writes nothing', async () => {
    const before = await databaseFingerprint(api);
    const bad = (input: Record<string, unknown>) =>
      api.graphql<{ createProject: Record<string, unknown> }>(
        CREATE,
        {
          input: {
            organisationId: w.gid.essen,
            title: 'X',
            startDate: '2026-09-01',
            endDate: '2027-08-31',
            ...input,
          },
        },
        { cookie: w.cookies.essenAdmin },
      );
    expect((await bad({ code: '2026-DE02-KA122' })).data?.createProject).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['code'], code: 'PROJECT_CODE_INVALID' }],
    });
    expect((await bad({ code: w.essenProject.code })).data?.createProject).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['code'], code: 'PROJECT_CODE_TAKEN' }],
    });
    expect(
      (await bad({ code: '2026-1-DE02-KA122-VET-000555555', endDate: '2026-08-01' })).data?.createProject,
    ).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['endDate'], code: 'END_BEFORE_START' }],
    });
    expect(await databaseFingerprint(api)).toBe(before);
  });

  it('updateProjectRateCard sets the NA’s rates, bumps the version and audits old and new', async () => {
    const overrides = JSON.stringify({
      individualSupport: { STAFF: { group1: 15_500 } },
      note: 'NA DE02 letter',
    });
    const response = await api.graphql<{ updateProjectRateCard: Record<string, unknown> }>(
      RATE_CARD,
      { input: { projectId: w.gid.essenProject, expectedVersion: 1, overrides } },
      { cookie: w.cookies.essenCoordinator },
    );
    type Updated = {
      project: {
        version: number;
        rateCard: {
          version: string;
          individualSupport: {
            category: string;
            group1: { amountCents: number; source: { origin: string } };
          }[];
        };
      };
    };
    const payload = response.data?.updateProjectRateCard as Updated;
    const project = payload.project;
    expect(project.version).toBe(2);
    expect(project.rateCard.version).toMatch(/^ka1-sch-vet-adu-2024\.r1\+na-/);
    expect(project.rateCard.individualSupport.find((r) => r.category === 'STAFF')?.group1).toEqual({
      amountCents: 15_500,
      source: { origin: 'OVERRIDE' },
    });
    const [event] = await api.t.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('action', '=', 'RATE_CARD_UPDATED')
      .execute();
    expect(event?.details).toMatchObject({
      before: null,
      after: { individualSupport: { STAFF: { group1: 15_500 } } },
    });
  });

  it('updateProjectRateCard refuses a stale version and a malformed card, changing nothing', async () => {
    const before = await databaseFingerprint(api);
    const stale = await api.graphql<{ updateProjectRateCard: unknown }>(
      RATE_CARD,
      { input: { projectId: w.gid.essenProject, expectedVersion: 7, overrides: '{}' } },
      { cookie: w.cookies.essenAdmin },
    );
    expect(stale.data?.updateProjectRateCard).toEqual({ __typename: 'StaleVersionError', currentVersion: 1 });
    const bad = await api.graphql<{ updateProjectRateCard: unknown }>(
      RATE_CARD,
      {
        input: {
          projectId: w.gid.essenProject,
          expectedVersion: 1,
          overrides: JSON.stringify({ individualSupport: { STAFF: { group1: 12.5 } } }),
        },
      },
      { cookie: w.cookies.essenAdmin },
    );
    expect(bad.data?.updateProjectRateCard).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['individualSupport', 'STAFF', 'group1'], code: 'AMOUNT_NOT_WHOLE_CENTS' }],
    });
    const notJson = await api.graphql<{ updateProjectRateCard: unknown }>(
      RATE_CARD,
      { input: { projectId: w.gid.essenProject, expectedVersion: 1, overrides: '{oops' } },
      { cookie: w.cookies.essenAdmin },
    );
    expect(notJson.data?.updateProjectRateCard).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['overrides'], code: 'INVALID_VALUE' }],
    });
    expect(await databaseFingerprint(api)).toBe(before);
  });

  it('budget sums planned grants per category, leaving drafts and cancelled mobilities out', async () => {
    const create = () =>
      run(
        api,
        CREATE_MOBILITY,
        {
          projectId: w.gid.essenProject,
          participantId: w.gid.essenLearner,
          hostOrganisationId: w.gid.valencia,
          facts: placementFacts,
        },
        w.cookies.essenAdmin,
      );
    const proposed = await create();
    await run(api, PROPOSE, { mobilityId: proposed.mobility?.id, expectedVersion: 1 }, w.cookies.essenAdmin);
    await create(); // stays a draft
    const cancelled = await create();
    await run(api, PROPOSE, { mobilityId: cancelled.mobility?.id, expectedVersion: 1 }, w.cookies.essenAdmin);
    await run(
      api,
      CANCEL,
      { mobilityId: cancelled.mobility?.id, expectedVersion: 2, reason: 'Illness', forceMajeure: true },
      w.cookies.essenAdmin,
    );
    const budget =
      (
        await api.graphql<{
          node: { budget: { category: string; awardedCents: number; plannedCents: number }[] };
        }>(BUDGET, { id: w.gid.essenProject }, { cookie: w.cookies.essenCoordinator })
      ).data?.node.budget ?? [];
    const lines = proposed.mobility?.grant.lines ?? [];
    for (const b of budget) {
      const expected = lines
        .filter((l) => l.category === b.category)
        .reduce((sum, l) => sum + l.amountCents, 0);
      expect(b.plannedCents, b.category).toBe(expected);
    }
    expect(budget.find((b) => b.category === 'TRAVEL')).toEqual({
      category: 'TRAVEL',
      awardedCents: 500_000,
      plannedCents: 30_900,
    });
  });

  it('exports the project’s mobilities as CSV with the Beneficiary Module’s field set', async () => {
    await run(
      api,
      CREATE_MOBILITY,
      {
        projectId: w.gid.essenProject,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.valencia,
        facts: { ...placementFacts, greenTravel: true, travelDays: 4 },
      },
      w.cookies.essenAdmin,
    );
    const url =
      (
        await api.graphql<{ node: { mobilitiesCsvUrl: string } }>(
          BUDGET,
          { id: w.gid.essenProject },
          { cookie: w.cookies.essenAdmin },
        )
      ).data?.node.mobilitiesCsvUrl ?? '';
    const response = await api.app.inject({ url, headers: { cookie: w.cookies.essenAdmin } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      '2026-1-DE02-KA122-VET-000111111-mobilities.csv',
    );
    const [header, row] = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(header).toEqual([
      'Mobility ID',
      'Activity type',
      'Status',
      'Participant first name',
      'Participant last name',
      'Participant e-mail',
      'Fewer opportunities',
      'Accompanying person',
      'Sending organisation OID',
      'Sending organisation',
      'Sending country',
      'Sending city',
      'Receiving organisation OID',
      'Receiving organisation',
      'Receiving country',
      'Receiving city',
      'Start date',
      'End date',
      'Duration (days)',
      'Funded travel days',
      'Distance (km)',
      'Distance band',
      'Green travel',
      'Zero grant',
      'Force majeure',
      'Organisational support not requested',
      'TRAVEL (EUR)',
      'INDIVIDUAL_SUPPORT (EUR)',
      'ORGANISATIONAL_SUPPORT (EUR)',
      'COURSE_FEES (EUR)',
      'INCLUSION_SUPPORT (EUR)',
      'EXCEPTIONAL_COSTS (EUR)',
      'Total (EUR)',
    ]);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('Mobility ID')).toBe('MOB-00001');
    expect(cell('Activity type')).toBe('LM-SHORT-VET');
    expect(cell('Participant first name')).toBe('Łukasz');
    expect(cell('Sending organisation OID')).toBe(w.essen.oid);
    expect(cell('Receiving country')).toBe('ES');
    expect(cell('Receiving city')).toBe('València');
    expect(cell('Duration (days)')).toBe('26');
    expect(cell('Funded travel days')).toBe('4');
    expect(cell('Distance band')).toBe('500–1 999 km');
    expect(cell('Green travel')).toBe('Yes');
    expect(cell('TRAVEL (EUR)')).toBe('417.00');
    expect(response.body).not.toMatch(/justification/i);
  });
});
