import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anOrganisation, aParticipant, aUser, TEST_PASSWORD } from '../../../test/seed-builders';
import { createTestApp, type TestApp } from '../../../test/test-app';

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload { viewer { displayName email memberships { role organisation { name } } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path code message } }
    }
  }
`;
const VIEWER = /* GraphQL */ `
  query Viewer {
    viewer {
      displayName
      email
      memberships { role organisation { name country } }
      participants { category organisation { name } }
    }
  }
`;
const SIGN_OUT = 'mutation { signOut { signedOut } }';
const MINUTE = 60_000;

describe('signing in and out', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(() => api.t.truncateAll());

  async function signIn(email: string, password = TEST_PASSWORD) {
    return api.graphql<{ signIn: Record<string, unknown> }>(SIGN_IN, { input: { email, password } });
  }

  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const school = await anOrganisation(api.t.db, { name: 'Berufskolleg Rhein-Ruhr', country: 'DE' });
    await aUser(api.t.db, {
      email: 'sabine@example.org',
      displayName: 'Sabine Müller',
      memberOf: [{ organisation: school, role: 'ADMIN' }],
    });

    const response = await signIn('  Sabine@Example.org ');

    expect(response.data?.signIn).toEqual({
      __typename: 'SignInPayload',
      // The payload can already show what the new session may see (the cookie is not read back yet).
      viewer: {
        displayName: 'Sabine Müller',
        email: 'sabine@example.org',
        memberships: [{ role: 'ADMIN', organisation: { name: 'Berufskolleg Rhein-Ruhr' } }],
      },
    });
    const cookie = response.setCookies.find((c) => c.startsWith('mobilis_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain-http localhost
    const viewer = await api.graphql(VIEWER, {}, { cookie: response.sessionCookie });
    expect(viewer.data).toEqual({
      viewer: {
        displayName: 'Sabine Müller',
        email: 'sabine@example.org',
        memberships: [{ role: 'ADMIN', organisation: { name: 'Berufskolleg Rhein-Ruhr', country: 'DE' } }],
        participants: [],
      },
    });
  });

  it('shows a participant their sending organisation', async () => {
    const school = await anOrganisation(api.t.db, { name: 'Berufskolleg Rhein-Ruhr' });
    const lena = await aUser(api.t.db, { email: 'lena@example.org' });
    await aParticipant(api.t.db, school, lena);
    const { sessionCookie } = await signIn('lena@example.org');
    const viewer = await api.graphql<{ viewer: { participants: unknown[] } }>(
      VIEWER,
      {},
      { cookie: sessionCookie },
    );
    expect(viewer.data?.viewer.participants).toEqual([
      { category: 'LEARNER', organisation: { name: 'Berufskolleg Rhein-Ruhr' } },
    ]);
  });

  it('answers a wrong password and an unknown e-mail identically, and sets no cookie', async () => {
    await aUser(api.t.db, { email: 'known@example.org' });
    const wrongPassword = await signIn('known@example.org', 'not the password');
    const unknownEmail = await signIn('nobody@example.org');
    expect(wrongPassword.data?.signIn).toEqual({
      __typename: 'InvalidCredentialsError',
      message: 'The e-mail address or password is incorrect.',
    });
    expect(unknownEmail.data).toEqual(wrongPassword.data);
    expect(wrongPassword.sessionCookie).toBeUndefined();
    expect(unknownEmail.sessionCookie).toBeUndefined();
  });

  it('rejects a malformed e-mail with a field error instead of trying it', async () => {
    const response = await signIn('not-an-email');
    expect(response.data?.signIn).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['email'], code: 'EMAIL_INVALID', message: 'Enter a valid e-mail address.' }],
    });
  });

  it('returns a null viewer when signed out, and for a made-up cookie', async () => {
    expect((await api.graphql(VIEWER)).data).toEqual({ viewer: null });
    expect((await api.graphql(VIEWER, {}, { cookie: 'mobilis_session=forged' })).data).toEqual({
      viewer: null,
    });
  });

  it('invalidates the session on the server at sign-out, so a replayed cookie is worthless', async () => {
    await aUser(api.t.db, { email: 'out@example.org' });
    const { sessionCookie } = await signIn('out@example.org');
    const signOut = await api.graphql(SIGN_OUT, {}, { cookie: sessionCookie });
    expect(signOut.data).toEqual({ signOut: { signedOut: true } });
    expect(signOut.setCookies.some((c) => c.startsWith('mobilis_session=;'))).toBe(true);
    expect((await api.graphql(VIEWER, {}, { cookie: sessionCookie })).data).toEqual({ viewer: null });
    const rows = await api.t.db.selectFrom('session').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('issues a new session id at every sign-in and drops the one the browser had', async () => {
    await aUser(api.t.db, { email: 'again@example.org' });
    const first = await signIn('again@example.org');
    const second = await api.graphql(
      SIGN_IN,
      { input: { email: 'again@example.org', password: TEST_PASSWORD } },
      { cookie: first.sessionCookie },
    );
    expect(second.sessionCookie).toBeDefined();
    expect(second.sessionCookie).not.toEqual(first.sessionCookie);
    expect((await api.graphql(VIEWER, {}, { cookie: first.sessionCookie })).data).toEqual({ viewer: null });
    expect((await api.graphql(VIEWER, {}, { cookie: second.sessionCookie })).data).not.toEqual({
      viewer: null,
    });
  });

  it('expires a session idle for more than 30 minutes', async () => {
    await aUser(api.t.db, { email: 'idle@example.org' });
    const { sessionCookie } = await signIn('idle@example.org');
    api.clock.advance(29 * MINUTE);
    expect((await api.graphql(VIEWER, {}, { cookie: sessionCookie })).data).not.toEqual({ viewer: null });
    api.clock.advance(31 * MINUTE);
    expect((await api.graphql(VIEWER, {}, { cookie: sessionCookie })).data).toEqual({ viewer: null });
  });

  it('expires an active session 12 hours after sign-in', async () => {
    await aUser(api.t.db, { email: 'busy@example.org' });
    const { sessionCookie } = await signIn('busy@example.org');
    for (let elapsed = 0; elapsed < 11 * 60; elapsed += 20) {
      api.clock.advance(20 * MINUTE);
      expect((await api.graphql(VIEWER, {}, { cookie: sessionCookie })).data).not.toEqual({ viewer: null });
    }
    api.clock.advance(80 * MINUTE);
    expect((await api.graphql(VIEWER, {}, { cookie: sessionCookie })).data).toEqual({ viewer: null });
  });

  it('stores only a SHA-256 of the session token, and an Argon2id password hash with OWASP parameters', async () => {
    await aUser(api.t.db, { email: 'hash@example.org' });
    const { sessionCookie } = await signIn('hash@example.org');
    const token = sessionCookie?.split('=')[1] ?? '';
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const [session] = await api.t.db.selectFrom('session').select('token_hash').execute();
    expect(session?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(session?.token_hash).not.toContain(token);
    const user = await api.t.db.selectFrom('app_user').select('password_hash').executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('sign-in throttling', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(() => api.t.truncateAll());

  const attempt = (email: string, password: string) =>
    api.graphql<{ signIn: { __typename: string } }>(SIGN_IN, { input: { email, password } });

  it('throttles the 11th failure for one account within 15 minutes, even with the right password, then lets it in again', async () => {
    await aUser(api.t.db, { email: 'target@example.org' });
    for (let i = 0; i < 10; i++) {
      expect((await attempt('target@example.org', `guess ${i}`)).data?.signIn.__typename).toBe(
        'InvalidCredentialsError',
      );
    }
    const throttled = await attempt('target@example.org', TEST_PASSWORD);
    expect(throttled.data?.signIn).toEqual({
      __typename: 'TooManyAttemptsError',
      message: 'Too many failed sign-ins. Wait 15 minutes, or ask for a sign-in link by e-mail.',
    });
    expect(throttled.sessionCookie).toBeUndefined();
    // Unknown accounts are throttled the same way, so throttling tells nothing about who exists.
    for (let i = 0; i < 10; i++) await attempt('ghost@example.org', 'x');
    expect((await attempt('ghost@example.org', 'x')).data?.signIn.__typename).toBe('TooManyAttemptsError');
    api.clock.advance(15 * MINUTE + 1000);
    expect((await attempt('target@example.org', TEST_PASSWORD)).data?.signIn.__typename).toBe(
      'SignInPayload',
    );
  });

  it('a successful sign-in clears the account’s failures', async () => {
    await aUser(api.t.db, { email: 'forgetful@example.org' });
    for (let i = 0; i < 9; i++) await attempt('forgetful@example.org', 'wrong');
    expect((await attempt('forgetful@example.org', TEST_PASSWORD)).data?.signIn.__typename).toBe(
      'SignInPayload',
    );
    for (let i = 0; i < 9; i++) await attempt('forgetful@example.org', 'wrong');
    expect((await attempt('forgetful@example.org', TEST_PASSWORD)).data?.signIn.__typename).toBe(
      'SignInPayload',
    );
  });

  it('throttles an address that fails across many accounts', async () => {
    for (let i = 0; i < 50; i++) await attempt(`spray${i}@example.org`, 'password1');
    expect((await attempt('someone-new@example.org', 'password1')).data?.signIn.__typename).toBe(
      'TooManyAttemptsError',
    );
  });

  it('keeps no e-mail addresses in the attempt log', async () => {
    await attempt('private.person@example.org', 'x');
    const rows = await api.t.db.selectFrom('sign_in_attempt').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('private.person');
    expect(rows[0]?.email_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('session cookie outside localhost', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ PUBLIC_ORIGIN: 'https://mobilis.example.eu' });
  });
  afterAll(() => api.close());

  it('is Secure and uses the __Host- prefix', async () => {
    await aUser(api.t.db, { email: 'secure@example.org' });
    const response = await api.graphql(SIGN_IN, {
      input: { email: 'secure@example.org', password: TEST_PASSWORD },
    });
    const cookie = response.setCookies.find((c) => c.startsWith('__Host-mobilis_session='));
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
  });
});
