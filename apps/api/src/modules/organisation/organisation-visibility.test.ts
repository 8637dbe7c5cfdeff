import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation, aParticipant, aUser, TEST_PASSWORD } from '../../../test/seed-builders';
import { createTestApp, type TestApp } from '../../../test/test-app';

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organisation { name }
      ... on Participant { displayName organisation { name } }
    }
  }
`;

describe('node(id) across tenants', () => {
  let api: TestApp;
  let essenCookie: string | undefined;
  let ids: { essen: string; krakow: string; essenLearner: string; krakowLearner: string };

  beforeAll(async () => {
    api = await createTestApp();
    const essen = await anOrganisation(api.t.db, { name: 'Essen school' });
    const krakow = await anOrganisation(api.t.db, { name: 'Kraków centre' });
    await aUser(api.t.db, {
      email: 'essen@example.org',
      memberOf: [{ organisation: essen, role: 'COORDINATOR' }],
    });
    await aUser(api.t.db, {
      email: 'krakow@example.org',
      memberOf: [{ organisation: krakow, role: 'ADMIN' }],
    });
    ids = {
      essen: encodeGlobalID('Organisation', essen.id),
      krakow: encodeGlobalID('Organisation', krakow.id),
      essenLearner: encodeGlobalID('Participant', (await aParticipant(api.t.db, essen)).id),
      krakowLearner: encodeGlobalID('Participant', (await aParticipant(api.t.db, krakow)).id),
    };
    const signedIn = await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
      i: { email: 'essen@example.org', password: TEST_PASSWORD },
    });
    essenCookie = signedIn.sessionCookie;
  });
  afterAll(() => api.close());

  it('shows a member their own organisation and participants', async () => {
    expect((await api.graphql(NODE, { id: ids.essen }, { cookie: essenCookie })).data).toEqual({
      node: { __typename: 'Organisation', name: 'Essen school' },
    });
    const learner = await api.graphql<{ node: { organisation: { name: string } } }>(
      NODE,
      { id: ids.essenLearner },
      { cookie: essenCookie },
    );
    expect(learner.data?.node.organisation.name).toBe('Essen school');
  });

  it.each([
    ['another organisation', 'krakow'],
    ['another organisation’s participant', 'krakowLearner'],
  ] as const)('answers null for %s, exactly as for an id that does not exist', async (_label, key) => {
    const foreign = await api.graphql(NODE, { id: ids[key] }, { cookie: essenCookie });
    const missing = await api.graphql(
      NODE,
      {
        id: encodeGlobalID(
          key === 'krakow' ? 'Organisation' : 'Participant',
          '00000000-0000-4000-8000-000000000000',
        ),
      },
      { cookie: essenCookie },
    );
    expect(foreign.data).toEqual({ node: null });
    expect(foreign.errors).toBeUndefined();
    expect(missing).toEqual(foreign);
  });

  it('answers null to a signed-out caller', async () => {
    expect((await api.graphql(NODE, { id: ids.essen })).data).toEqual({ node: null });
  });
});
