import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';

const ADD_HOST = /* GraphQL */ `
  mutation($input: AddHostOrganisationInput!) {
    addHostOrganisation(input: $input) {
      __typename
      ... on OrganisationPayload { organisation { id name oid country } }
      ... on ValidationError { fieldErrors { path code } }
    }
  }
`;
const ADD_CONTACT = /* GraphQL */ `
  mutation($input: AddContactPersonInput!) {
    addContactPerson(input: $input) { __typename ... on ContactPersonPayload { contactPerson { name email } } ... on ValidationError { fieldErrors { path code } } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation($input: UpdateOrganisationProfileInput!) {
    updateOrganisationProfile(input: $input) {
      __typename
      ... on OrganisationPayload { organisation { name version erasmusCode } }
      ... on StaleVersionError { currentVersion }
      ... on ValidationError { fieldErrors { path code } }
    }
  }
`;
const DIRECTORY = `query($id: ID!) { node(id: $id) { ... on Organisation { hostDirectory { organisation { name oid } contacts { name } canEditProfile } } } }`;

const host = {
  name: 'Oficina Técnica Sevilla',
  type: 'COMPANY',
  country: 'ES',
  city: 'Sevilla',
  latitude: 37.3891,
  longitude: -5.9845,
  oid: 'E10999001',
};

describe('organisation profile and host directory', () => {
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

  it('addHostOrganisation creates a host once and links it for a second sender by its OID', async () => {
    const first = await api.graphql<{ addHostOrganisation: { organisation: { id: string } } }>(
      ADD_HOST,
      { input: { sendingOrganisationId: w.gid.essen, profile: host } },
      { cookie: w.cookies.essenCoordinator },
    );
    const second = await api.graphql<{ addHostOrganisation: { organisation: { id: string } } }>(
      ADD_HOST,
      { input: { sendingOrganisationId: w.gid.krakow, profile: { ...host, name: 'Typo name' } } },
      { cookie: w.cookies.krakowAdmin },
    );
    expect(second.data?.addHostOrganisation.organisation).toEqual(
      first.data?.addHostOrganisation.organisation,
    );
    const rows = await api.t.db
      .selectFrom('organisation')
      .select('name')
      .where('oid', '=', host.oid)
      .execute();
    expect(rows).toEqual([{ name: 'Oficina Técnica Sevilla' }]);
    const essenDirectory = await api.graphql<{
      node: { hostDirectory: { organisation: { name: string }; canEditProfile: boolean }[] };
    }>(DIRECTORY, { id: w.gid.essen }, { cookie: w.cookies.essenAdmin });
    expect(
      essenDirectory.data?.node.hostDirectory.find((h) => h.organisation.name === host.name)?.canEditProfile,
    ).toBe(true);
    const krakowDirectory = await api.graphql<{
      node: { hostDirectory: { organisation: { name: string }; canEditProfile: boolean }[] };
    }>(DIRECTORY, { id: w.gid.krakow }, { cookie: w.cookies.krakowAdmin });
    expect(
      krakowDirectory.data?.node.hostDirectory.find((h) => h.organisation.name === host.name)?.canEditProfile,
    ).toBe(false);
  });

  it('addHostOrganisation validates identifiers and coordinates', async () => {
    const response = await api.graphql<{ addHostOrganisation: unknown }>(
      ADD_HOST,
      { input: { sendingOrganisationId: w.gid.essen, profile: { ...host, oid: 'E123', latitude: 123 } } },
      { cookie: w.cookies.essenAdmin },
    );
    expect(response.data?.addHostOrganisation).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['latitude'], code: 'COORDINATE_INVALID' },
        { path: ['oid'], code: 'OID_INVALID' },
      ],
    });
  });

  it('addContactPerson adds a contact to a host of the directory', async () => {
    const response = await api.graphql(
      ADD_CONTACT,
      {
        input: {
          sendingOrganisationId: w.gid.essen,
          hostOrganisationId: w.gid.valencia,
          name: 'José Ángel Martínez',
          email: 'JOSE@talleres.example',
        },
      },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(response.data).toEqual({
      addContactPerson: {
        __typename: 'ContactPersonPayload',
        contactPerson: { name: 'José Ángel Martínez', email: 'jose@talleres.example' },
      },
    });
    const outside = await api.graphql(
      ADD_CONTACT,
      { input: { sendingOrganisationId: w.gid.essen, hostOrganisationId: w.gid.krakow, name: 'X' } },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(outside.data).toEqual({ addContactPerson: { __typename: 'NotFoundError' } });
  });

  it('updateOrganisationProfile is for admins: a coordinator gets FORBIDDEN, a stale version changes nothing', async () => {
    const profile = {
      name: 'Berufskolleg Essen-Mitte',
      type: 'VET_PROVIDER',
      country: 'DE',
      city: 'Essen',
      erasmusCode: 'd  essen01',
    };
    const ok = await api.graphql(
      UPDATE,
      { input: { organisationId: w.gid.essen, expectedVersion: 1, profile } },
      { cookie: w.cookies.essenAdmin },
    );
    expect(ok.data).toEqual({
      updateOrganisationProfile: {
        __typename: 'OrganisationPayload',
        organisation: { name: 'Berufskolleg Essen-Mitte', version: 2, erasmusCode: 'D  ESSEN01' },
      },
    });
    const before = await databaseFingerprint(api);
    const coordinator = await api.graphql(
      UPDATE,
      { input: { organisationId: w.gid.essen, expectedVersion: 2, profile } },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stale = await api.graphql(
      UPDATE,
      { input: { organisationId: w.gid.essen, expectedVersion: 1, profile } },
      { cookie: w.cookies.essenAdmin },
    );
    expect(stale.data).toEqual({
      updateOrganisationProfile: { __typename: 'StaleVersionError', currentVersion: null },
    });
    expect(await databaseFingerprint(api)).toBe(before);
  });
});
