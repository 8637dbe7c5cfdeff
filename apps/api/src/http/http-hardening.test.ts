import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation, aUser, TEST_PASSWORD } from '../../test/seed-builders';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('HTTP hardening', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  it('answers /healthz and /readyz', async () => {
    expect((await api.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await api.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
  });

  it('rejects a text/plain POST (CSRF prevention)', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(response.statusCode).toBe(400);
  });

  it('rejects a GET query without a preflight-forcing header', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/graphql?query=%7B__typename%7D' });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a mutation over GET', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/graphql?query=mutation%7BsignOut%7BsignedOut%7D%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.statusCode).toBe(405);
  });

  it('rejects a body over 1 MB', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.statusCode).toBe(413);
  });

  it('rejects batched requests', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.statusCode).toBe(400);
  });

  it('gives no "Did you mean" hints about the schema', async () => {
    const response = await api.graphql('{ viewr { email } }');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('masks an unexpected failure as "Internal server error" with a correlation id and no stack', async () => {
    const school = await anOrganisation(api.t.db);
    await aUser(api.t.db, { email: 'mask@example.org', memberOf: [{ organisation: school, role: 'ADMIN' }] });
    const { sessionCookie } = await api.graphql(
      'mutation($i: SignInInput!) { signIn(input: $i) { __typename } }',
      { i: { email: 'mask@example.org', password: TEST_PASSWORD } },
    );
    // Break the database under the running app: the resolver's SQL now fails.
    await api.t.db.schema.alterTable('membership').renameTo('membership_gone').execute();
    try {
      const response = await api.graphql(
        '{ viewer { memberships { role } } }',
        {},
        { cookie: sessionCookie },
      );
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors ?? [];
      expect(error?.message).toBe('Internal server error');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      // The database's own words (table name, "does not exist") and any stack must not leak.
      expect(JSON.stringify(response.errors)).not.toMatch(
        /membership_gone|"membership"|does not exist|stacktrace|at .*\.ts/i,
      );
    } finally {
      await api.t.db.schema.alterTable('membership_gone').renameTo('membership').execute();
    }
  });
});

describe('trusted documents', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ TRUSTED_DOCUMENTS: 'enforce' });
  });
  afterAll(() => api.close());

  it('rejects a raw query string when only persisted documents are allowed', async () => {
    const response = await api.graphql('{ viewer { email } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('rejects an unknown document hash', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
