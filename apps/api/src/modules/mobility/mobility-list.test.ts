import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aParticipant } from '../../../test/seed-builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { type TwoTenants, twoTenants } from '../../../test/two-tenants';
import { CANCEL, CREATE_MOBILITY, PROPOSE, placementFacts, run } from './mobility-operations.test-helpers';

const LIST = /* GraphQL */ `
  query List($org: ID!, $first: Int, $after: String, $filter: MobilityFilter, $sortBy: MobilitySortField, $sortDirection: SortDirection) {
    node(id: $org) {
      ... on Organisation {
        mobilities(first: $first, after: $after, filter: $filter, sortBy: $sortBy, sortDirection: $sortDirection) {
          edges { cursor node { reference status plannedStartDate participant { lastName } hostOrganisation { name } project { code } grant { totalCents lines { category amountCents } } } }
          pageInfo { hasNextPage endCursor }
        }
        mobilityStatusCounts { status count }
      }
    }
  }
`;

interface Row {
  reference: string;
  status: string;
  plannedStartDate: string;
  participant: { lastName: string };
  hostOrganisation: { name: string };
}
type ListResult = {
  node: {
    mobilities: {
      edges: { cursor: string; node: Row }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    mobilityStatusCounts: { status: string; count: number }[];
  };
};

describe('listing mobilities', () => {
  let api: TestApp;
  let w: TwoTenants;
  // First letters decide the order, so every collation (PGlite's C, the server's locale) agrees.
  const names = ['Nowak', 'Adler', 'Müller', 'Zając', 'Becker', 'Olsen'];

  beforeAll(async () => {
    api = await createTestApp();
    w = await twoTenants(api);
    for (const [i, lastName] of names.entries()) {
      const p = await aParticipant(api.t.db, w.essen);
      await api.t.db
        .updateTable('participant')
        .set({ last_name: lastName, first_name: `P${i}` })
        .where('id', '=', p.id)
        .execute();
      const start = `2026-${String(9 + (i % 3)).padStart(2, '0')}-0${1 + i}`;
      const end = `2026-${String(9 + (i % 3)).padStart(2, '0')}-2${i}`;
      const host = i % 2 === 0 ? w.gid.valencia : w.gid.torino;
      const m = await run(
        api,
        CREATE_MOBILITY,
        {
          projectId: w.gid.essenProject,
          participantId: encodeGlobalID('Participant', p.id),
          hostOrganisationId: host,
          facts: { ...placementFacts, plannedStartDate: start, plannedEndDate: end },
        },
        w.cookies.essenAdmin,
      );
      if (i < 3)
        await run(api, PROPOSE, { mobilityId: m.mobility?.id, expectedVersion: 1 }, w.cookies.essenAdmin);
      if (i === 5)
        await run(
          api,
          CANCEL,
          { mobilityId: m.mobility?.id, expectedVersion: 1, reason: 'Changed plans', forceMajeure: false },
          w.cookies.essenAdmin,
        );
    }
  });
  afterAll(() => api.close());

  const list = (variables: Record<string, unknown>) =>
    api.graphql<ListResult>(LIST, { org: w.gid.essen, ...variables }, { cookie: w.cookies.essenCoordinator });

  it('sorts by planned start date and pages with a keyset cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const response = await list({ first: 2, after });
      const { edges, pageInfo } = response.data?.node.mobilities ?? {
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: '' },
      };
      seen.push(...edges.map((e) => e.node.plannedStartDate));
      after = pageInfo.endCursor;
      expect(pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toHaveLength(6);
    expect(seen).toEqual([...seen].sort());
  });

  it('sorts by participant name, descending', async () => {
    const response = await list({ sortBy: 'PARTICIPANT_NAME', sortDirection: 'DESC' });
    expect(response.data?.node.mobilities.edges.map((e) => e.node.participant.lastName)).toEqual([
      'Zając',
      'Olsen',
      'Nowak',
      'Müller',
      'Becker',
      'Adler',
    ]);
  });

  it('filters by status, host country, participant name and date range', async () => {
    const byStatus = await list({ filter: { statuses: ['PROPOSED'] } });
    expect(byStatus.data?.node.mobilities.edges.map((e) => e.node.status)).toEqual([
      'PROPOSED',
      'PROPOSED',
      'PROPOSED',
    ]);
    const byCountry = await list({ filter: { hostCountry: 'it' } });
    expect(new Set(byCountry.data?.node.mobilities.edges.map((e) => e.node.hostOrganisation.name))).toEqual(
      new Set(['CFP Torino']),
    );
    const byName = await list({ filter: { participantName: 'müll' } });
    expect(byName.data?.node.mobilities.edges.map((e) => e.node.participant.lastName)).toEqual(['Müller']);
    const byDates = await list({ filter: { from: '2026-10-01', to: '2026-10-31' } });
    expect(
      byDates.data?.node.mobilities.edges.every((e) => e.node.plannedStartDate.startsWith('2026-10')),
    ).toBe(true);
    expect(byDates.data?.node.mobilities.edges.length).toBe(2);
    const wildcard = await list({ filter: { participantName: '%' } });
    expect(wildcard.data?.node.mobilities.edges).toEqual([]);
  });

  it('counts mobilities by status, every status listed', async () => {
    const counts = Object.fromEntries(
      (await list({ first: 1 })).data?.node.mobilityStatusCounts.map((c) => [c.status, c.count]) ?? [],
    );
    expect(counts).toEqual({
      DRAFT: 2,
      PROPOSED: 3,
      CONFIRMED: 0,
      DECLINED: 0,
      AGREED: 0,
      ONGOING: 0,
      COMPLETED: 0,
      CLOSED: 0,
      CANCELLED: 1,
    });
  });

  it('rejects a page size outside 1–100 and a forged cursor with a clear error', async () => {
    expect((await list({ first: 101 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await list({ first: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await list({ after: 'not-a-cursor!' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('statement count of the mobility list (no N+1)', () => {
  let api: TestApp;
  let w: TwoTenants;
  beforeAll(async () => {
    api = await createTestApp();
    w = await twoTenants(api);
    const hosts = [w.gid.valencia, w.gid.torino];
    for (let i = 0; i < 50; i++) {
      const p = await aParticipant(api.t.db, w.essen);
      await run(
        api,
        CREATE_MOBILITY,
        {
          projectId: w.gid.essenProject,
          participantId: encodeGlobalID('Participant', p.id),
          hostOrganisationId: hosts[i % 2],
          facts: placementFacts,
        },
        w.cookies.essenAdmin,
      );
    }
  });
  afterAll(() => api.close());

  async function statementsFor(first: number): Promise<number> {
    api.t.resetStatementCount();
    const response = await api.graphql<ListResult>(
      LIST,
      { org: w.gid.essen, first },
      { cookie: w.cookies.essenAdmin },
    );
    expect(response.data?.node.mobilities.edges).toHaveLength(first);
    return api.t.statementCount();
  }

  it('costs the same number of SQL statements for 5 and for 50 mobilities with participant, host, project and grant', async () => {
    await statementsFor(5); // warm the session's last-seen write out of the measurement
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    console.log(`mobility list: ${five} SQL statements for 5 rows, ${fifty} for 50 rows`);
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(9);
  });
});
