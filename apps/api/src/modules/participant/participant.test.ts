import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';

const IMPORT = /* GraphQL */ `
  mutation($input: ImportParticipantsInput!) {
    importParticipants(input: $input) {
      __typename
      ... on ImportParticipantsPayload { importedCount participants { firstName lastName email category unit } }
      ... on CsvImportError { message rowErrors { row column code } }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      __typename
      ... on ParticipantPayload { participant { id displayName email fewerOpportunities } }
      ... on ValidationError { fieldErrors { path code } }
    }
  }
`;
const LIST = `query($org: ID!, $search: String, $after: String) { node(id: $org) { ... on Organisation { participants(first: 2, search: $search, after: $after) { edges { node { lastName } } pageInfo { hasNextPage endCursor } } } } }`;

describe('participants', () => {
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

  const importCsv = (csv: string, cookie = w.cookies.essenCoordinator) =>
    api.graphql<{ importParticipants: Record<string, unknown> }>(
      IMPORT,
      { input: { organisationId: w.gid.essen, csv } },
      { cookie },
    );

  it('imports a semicolon UTF-8 file with German headers', async () => {
    const csv =
      'Vorname;Nachname;E-Mail;Kategorie;Klasse\nŁukasz;Żółć;lukasz@example.org;Lernende;KFZ 2b\nElena;Ødegård;elena@example.org;staff;\n';
    const response = await importCsv(csv);
    expect(response.data?.importParticipants).toEqual({
      __typename: 'ImportParticipantsPayload',
      importedCount: 2,
      participants: [
        {
          firstName: 'Łukasz',
          lastName: 'Żółć',
          email: 'lukasz@example.org',
          category: 'LEARNER',
          unit: 'KFZ 2b',
        },
        {
          firstName: 'Elena',
          lastName: 'Ødegård',
          email: 'elena@example.org',
          category: 'STAFF',
          unit: null,
        },
      ],
    });
  });

  it('reports every bad row by row and column and imports nothing, not even the good rows', async () => {
    const before = await databaseFingerprint(api);
    const csv =
      'firstName,lastName,email,category\nGood,Row,good@example.org,LEARNER\n,Missing,not-an-email,LEARNER\nBad,Category,bad@example.org,teacher\n';
    const response = await importCsv(csv);
    expect(response.data?.importParticipants).toMatchObject({
      __typename: 'CsvImportError',
      rowErrors: [
        { row: 3, column: 'firstName', code: 'TEXT_REQUIRED' },
        { row: 3, column: 'email', code: 'EMAIL_INVALID' },
        { row: 4, column: 'category', code: 'CATEGORY_INVALID' },
      ],
    });
    expect(await databaseFingerprint(api)).toBe(before);
  });

  it('reports an e-mail that already exists in the organisation by its row, and imports nothing', async () => {
    const taken = (
      await api.t.db
        .selectFrom('participant')
        .select('email')
        .where('organisation_id', '=', w.essen.id)
        .executeTakeFirstOrThrow()
    ).email;
    const before = await databaseFingerprint(api);
    const response = await importCsv(
      `firstName,lastName,email,category\nNew,Person,new@example.org,STAFF\nSame,Person,${taken},STAFF\n`,
    );
    expect(response.data?.importParticipants).toMatchObject({
      __typename: 'CsvImportError',
      rowErrors: [{ row: 3, column: 'email', code: 'EMAIL_TAKEN' }],
    });
    expect(await databaseFingerprint(api)).toBe(before);
  });

  it('createParticipant validates and rejects a duplicate e-mail', async () => {
    const input = {
      organisationId: w.gid.essen,
      firstName: 'Ελένη',
      lastName: 'Παπαδοπούλου',
      email: 'Eleni@Example.org',
      category: 'LEARNER',
      dateOfBirth: '2007-02-03',
    };
    const created = await api.graphql<{ createParticipant: Record<string, unknown> }>(
      CREATE,
      { input },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(created.data?.createParticipant).toMatchObject({
      __typename: 'ParticipantPayload',
      participant: { displayName: 'Ελένη Παπαδοπούλου', email: 'eleni@example.org' },
    });
    const again = await api.graphql<{ createParticipant: unknown }>(
      CREATE,
      { input },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(again.data?.createParticipant).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['email'], code: 'EMAIL_TAKEN' }],
    });
    const bad = await api.graphql<{ createParticipant: unknown }>(
      CREATE,
      { input: { ...input, email: 'x', firstName: ' ' } },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(bad.data?.createParticipant).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['firstName'], code: 'TEXT_REQUIRED' },
        { path: ['email'], code: 'EMAIL_INVALID' },
      ],
    });
  });

  it('keeps the fewer-opportunities justification for admins only, and logs every read', async () => {
    const input = {
      organisationId: w.gid.essen,
      firstName: 'Ayşe',
      lastName: 'Yılmaz',
      email: 'ayse@example.org',
      category: 'LEARNER',
      fewerOpportunities: true,
      fewerOpportunitiesJustification: 'Economic barriers',
    };
    const byCoordinator = await api.graphql<{ createParticipant: { participant: { id: string } } }>(
      CREATE,
      { input },
      { cookie: w.cookies.essenCoordinator },
    );
    const byAdmin = await api.graphql<{ createParticipant: { participant: { id: string } } }>(
      CREATE,
      { input: { ...input, email: 'ayse2@example.org' } },
      { cookie: w.cookies.essenAdmin },
    );
    const read = (id: string, cookie: string) =>
      api.graphql<{ node: { fewerOpportunities: boolean; fewerOpportunitiesJustification: string | null } }>(
        `query($id: ID!) { node(id: $id) { ... on Participant { fewerOpportunities fewerOpportunitiesJustification } } }`,
        { id },
        { cookie },
      );
    // A coordinator cannot write it …
    expect(
      (await read(byCoordinator.data?.createParticipant.participant.id ?? '', w.cookies.essenAdmin)).data
        ?.node,
    ).toEqual({ fewerOpportunities: true, fewerOpportunitiesJustification: null });
    // … nor read what an admin wrote; the admin can, and the read is logged without the value.
    const adminId = byAdmin.data?.createParticipant.participant.id ?? '';
    expect((await read(adminId, w.cookies.essenCoordinator)).data?.node).toEqual({
      fewerOpportunities: true,
      fewerOpportunitiesJustification: null,
    });
    expect((await read(adminId, w.cookies.essenAdmin)).data?.node.fewerOpportunitiesJustification).toBe(
      'Economic barriers',
    );
    const log = await api.t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_user_id', 'details'])
      .where('action', '=', 'SPECIAL_CATEGORY_DATA_READ')
      .execute();
    expect(log).toEqual([
      {
        action: 'SPECIAL_CATEGORY_DATA_READ',
        actor_user_id: w.users.essenAdmin.id,
        details: { field: 'fewerOpportunitiesJustification' },
      },
    ]);
  });

  it('lists participants by name with search and keyset pages', async () => {
    await importCsv(
      'firstName,lastName,email,category\nA,Zimmermann,z@example.org,STAFF\nB,Albers,a@example.org,STAFF\nC,Meyer,m@example.org,STAFF\n',
    );
    const first = await api.graphql<{
      node: {
        participants: {
          edges: { node: { lastName: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    }>(LIST, { org: w.gid.essen }, { cookie: w.cookies.essenCoordinator });
    const page = first.data?.node.participants;
    expect(page?.edges.map((e) => e.node.lastName)).toEqual(['Albers', 'Meyer']);
    const second = await api.graphql<{ node: { participants: { edges: { node: { lastName: string } }[] } } }>(
      LIST,
      { org: w.gid.essen, after: page?.pageInfo.endCursor },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(second.data?.node.participants.edges.map((e) => e.node.lastName)).toEqual([
      'Zimmermann',
      expect.stringMatching(/^Żółć/),
    ]);
    const search = await api.graphql<{ node: { participants: { edges: { node: { lastName: string } }[] } } }>(
      LIST,
      { org: w.gid.essen, search: 'mey' },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(search.data?.node.participants.edges.map((e) => e.node.lastName)).toEqual(['Meyer']);
  });
});
