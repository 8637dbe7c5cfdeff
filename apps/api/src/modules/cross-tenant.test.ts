import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../test/two-tenants';
import {
  CREATE_MOBILITY,
  MOBILITY_FIELDS,
  PROPOSE,
  placementFacts,
  run,
} from './mobility/mobility-operations.test-helpers';

/**
 * Quality bar S-2: every query and mutation that takes an ID, called by a user of the other
 * sending organisation (and, where it matters, by a host contact), answers "not found" / null
 * exactly as for an ID that does not exist, and changes nothing.
 */
describe('another organisation’s IDs', () => {
  let api: TestApp;
  let w: TwoTenants;
  let essenMobility: string;
  let proposedMobility: string;
  const missing = (type: string) => encodeGlobalID(type, '00000000-0000-4000-8000-000000000000');

  beforeAll(async () => {
    api = await createTestApp();
    w = await twoTenants(api);
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
    essenMobility = (await create()).mobility?.id ?? '';
    proposedMobility = (await create()).mobility?.id ?? '';
    await run(api, PROPOSE, { mobilityId: proposedMobility, expectedVersion: 1 }, w.cookies.essenAdmin);
  });
  afterAll(() => api.close());

  const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

  it.each([
    ['mobility', () => essenMobility, 'Mobility'],
    ['project', () => w.gid.essenProject, 'Project'],
    ['participant', () => w.gid.essenLearner, 'Participant'],
    ['organisation', () => w.gid.essen, 'Organisation'],
  ])('node(id) of Essen’s %s is null for Kraków, as for a missing ID', async (_name, id, type) => {
    const foreign = await api.graphql(NODE, { id: id() }, { cookie: w.cookies.krakowAdmin });
    const absent = await api.graphql(NODE, { id: missing(type) }, { cookie: w.cookies.krakowAdmin });
    expect(foreign.data).toEqual({ node: null });
    expect(foreign.errors).toBeUndefined();
    expect(absent).toEqual(foreign);
    expect(
      (await api.graphql(NODE, { id: id() }, { cookie: w.cookies.essenCoordinator })).data?.node,
    ).not.toBeNull();
  });

  it('a shared host’s sending-side fields are null for a sender that does not own them', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Organisation { name projects { id } hostDirectory { organisation { id } } mobilityStatusCounts { count } participants(first: 5) { edges { node { id } } } mobilities(first: 5) { edges { node { id } } } } } }`;
    const response = await api.graphql(query, { id: w.gid.torino }, { cookie: w.cookies.krakowAdmin });
    expect(response.data).toEqual({
      node: {
        name: 'CFP Torino',
        projects: null,
        hostDirectory: null,
        mobilityStatusCounts: null,
        participants: null,
        mobilities: null,
      },
    });
  });

  it('a host contact sees a placement proposed to them, but not its grant, timeline, project or the participant’s personal data — and never a draft', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Mobility { status grant { totalCents } timeline { action } project { id } projectCode participant { displayName email dateOfBirth fewerOpportunities } } } }`;
    const proposed = await api.graphql<{ node: Record<string, unknown> }>(
      query,
      { id: proposedMobility },
      { cookie: w.cookies.valenciaContact },
    );
    expect(proposed.data?.node).toMatchObject({
      status: 'PROPOSED',
      grant: null,
      timeline: null,
      project: null,
      projectCode: w.essenProject.code,
    });
    expect(proposed.data?.node.participant).toMatchObject({
      email: null,
      dateOfBirth: null,
      fewerOpportunities: null,
    });
    expect(
      (await api.graphql(query, { id: essenMobility }, { cookie: w.cookies.valenciaContact })).data,
    ).toEqual({ node: null });
  });

  it('mobilityGrantPreview of Essen’s project is null for Kraków', async () => {
    const query = `query($input: MobilityGrantPreviewInput!) { mobilityGrantPreview(input: $input) { grant { totalCents } } }`;
    const input = {
      projectId: w.gid.essenProject,
      participantId: w.gid.essenLearner,
      hostOrganisationId: w.gid.valencia,
      facts: placementFacts,
    };
    expect((await api.graphql(query, { input }, { cookie: w.cookies.krakowAdmin })).data).toEqual({
      mobilityGrantPreview: null,
    });
    expect(
      (await api.graphql(query, { input }, { cookie: w.cookies.essenCoordinator })).data
        ?.mobilityGrantPreview,
    ).not.toBeNull();
  });

  it('the export of Essen’s project is 404 for Kraków, for a host contact and when signed out', async () => {
    const url = `/export/projects/${w.gid.essenProject}/mobilities.csv`;
    for (const cookie of [w.cookies.krakowAdmin, w.cookies.valenciaContact, undefined]) {
      const response = await api.app.inject({ url, headers: cookie ? { cookie } : {} });
      expect(response.statusCode).toBe(404);
    }
    const missingProject = await api.app.inject({
      url: `/export/projects/${missing('Project')}/mobilities.csv`,
      headers: { cookie: w.cookies.krakowAdmin },
    });
    expect(missingProject.statusCode).toBe(404);
    expect((await api.app.inject({ url, headers: { cookie: w.cookies.essenCoordinator } })).statusCode).toBe(
      200,
    );
  });

  const mutation = (name: string, inputType: string, extra = '') => `
    mutation($input: ${inputType}!) { ${name}(input: $input) { __typename ${extra} ... on Error { message } } }`;

  const mutations: [string, string, () => Record<string, unknown>][] = [
    [
      'updateOrganisationProfile',
      'UpdateOrganisationProfileInput',
      () => ({
        organisationId: w.gid.essen,
        expectedVersion: 1,
        profile: { name: 'Hijacked', type: 'SCHOOL', country: 'DE', city: 'Essen' },
      }),
    ],
    [
      'addHostOrganisation',
      'AddHostOrganisationInput',
      () => ({
        sendingOrganisationId: w.gid.essen,
        profile: { name: 'Sneaky host', type: 'COMPANY', country: 'ES', city: 'Madrid' },
      }),
    ],
    [
      'addContactPerson',
      'AddContactPersonInput',
      () => ({ sendingOrganisationId: w.gid.essen, hostOrganisationId: w.gid.valencia, name: 'Someone' }),
    ],
    [
      'createProject',
      'CreateProjectInput',
      () => ({
        organisationId: w.gid.essen,
        code: '2026-1-DE02-KA122-VET-000999999',
        title: 'X',
        startDate: '2026-09-01',
        endDate: '2027-08-31',
      }),
    ],
    [
      'updateProjectRateCard',
      'UpdateProjectRateCardInput',
      () => ({ projectId: w.gid.essenProject, expectedVersion: 1, overrides: '{}' }),
    ],
    [
      'createParticipant',
      'CreateParticipantInput',
      () => ({
        organisationId: w.gid.essen,
        firstName: 'A',
        lastName: 'B',
        email: 'ab@example.org',
        category: 'LEARNER',
      }),
    ],
    [
      'importParticipants',
      'ImportParticipantsInput',
      () => ({
        organisationId: w.gid.essen,
        csv: 'firstName,lastName,email,category\nA,B,ab@example.org,LEARNER\n',
      }),
    ],
    [
      'createMobility',
      'CreateMobilityInput',
      () => ({
        projectId: w.gid.essenProject,
        participantId: w.gid.krakowLearner,
        hostOrganisationId: w.gid.torino,
        facts: placementFacts,
      }),
    ],
    [
      'updateMobility',
      'UpdateMobilityInput',
      () => ({
        mobilityId: essenMobility,
        expectedVersion: 1,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.valencia,
        facts: placementFacts,
      }),
    ],
    ['proposePlacement', 'ProposePlacementInput', () => ({ mobilityId: essenMobility, expectedVersion: 1 })],
    [
      'returnMobilityToDraft',
      'ReturnMobilityToDraftInput',
      () => ({ mobilityId: essenMobility, expectedVersion: 1 }),
    ],
    [
      'cancelMobility',
      'CancelMobilityInput',
      () => ({
        mobilityId: essenMobility,
        expectedVersion: 1,
        reason: 'Not mine to cancel',
        forceMajeure: false,
      }),
    ],
  ];

  it.each(mutations)(
    '%s on Essen’s objects answers NotFoundError to Kraków and to a host contact, and changes nothing',
    async (name, inputType, input) => {
      for (const cookie of [w.cookies.krakowAdmin, w.cookies.valenciaContact]) {
        const before = await databaseFingerprint(api);
        const response = await api.graphql<Record<string, { __typename: string }>>(
          mutation(name, inputType),
          { input: input() },
          { cookie },
        );
        expect(response.errors).toBeUndefined();
        expect(response.data?.[name]?.__typename).toBe('NotFoundError');
        expect(await databaseFingerprint(api)).toBe(before);
      }
    },
  );

  it('a lifecycle mutation on a mobility ID that does not exist answers the same NotFoundError', async () => {
    const response = await api.graphql(
      mutation('cancelMobility', 'CancelMobilityInput'),
      {
        input: {
          mobilityId: missing('Mobility'),
          expectedVersion: 1,
          reason: 'No such thing',
          forceMajeure: false,
        },
      },
      { cookie: w.cookies.krakowAdmin },
    );
    expect(response.data).toEqual({ cancelMobility: { __typename: 'NotFoundError', message: 'Not found.' } });
  });

  it('keeps MOBILITY_FIELDS valid for the owner (guards the helper this suite relies on)', async () => {
    const response = await api.graphql(
      `query($id: ID!) { node(id: $id) { ... on Mobility { ${MOBILITY_FIELDS} } } }`,
      { id: essenMobility },
      { cookie: w.cookies.essenAdmin },
    );
    expect(response.errors).toBeUndefined();
  });
});
