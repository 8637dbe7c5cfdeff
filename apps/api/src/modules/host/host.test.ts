import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aUser, TEST_PASSWORD } from '../../../test/seed-builders';
import { bodyOf, startSmtpSink } from '../../../test/smtp-sink';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';
import { createSmtpTransport } from '../../mail/mail-transport';
import { dispatchDueMessages } from '../../mail/outbox-dispatcher';
import {
  CREATE_MOBILITY,
  type MobilityResult,
  PROPOSE,
  placementFacts,
  run,
} from '../mobility/mobility-operations.test-helpers';

const HOST_FIELDS =
  'mobility { id status version actualStartDate actualEndDate hostMentor { name email } declineReason attendance { attendanceDays } grant { totalCents } }';
const hostMutation = (name: string, inputType: string) => `
  mutation($input: ${inputType}!) { ${name}(input: $input) { __typename
    ... on HostMobilityPayload { ${HOST_FIELDS} }
    ... on InvalidTransitionError { code fromStatus }
    ... on StaleVersionError { currentVersion }
    ... on ValidationError { fieldErrors { path code } }
  } }`;
const CONFIRM = hostMutation('confirmPlacement', 'ConfirmPlacementInput');
const DECLINE = hostMutation('declinePlacement', 'DeclinePlacementInput');
const ARRIVAL = hostMutation('confirmArrival', 'ConfirmArrivalInput');
const DEPARTURE = hostMutation('confirmDeparture', 'ConfirmDepartureInput');
const OUTCOMES = hostMutation('recordOutcomes', 'RecordOutcomesInput');
const INVITE = `mutation($input: InviteHostContactInput!) { inviteHostContact(input: $input) { __typename ... on HostInvitationPayload { email expiresAt } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on SignInPayload { viewer { displayName memberships { role organisation { name } } } } ... on Error { message } } }`;
const REQUEST_LINK = `mutation($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) { __typename ... on SignInLinkRequestedPayload { requested } } }`;
const LINK_SIGN_IN = `mutation($input: SignInWithLinkInput!) { signInWithLink(input: $input) { __typename ... on SignInPayload { viewer { email } } } }`;
const mentor = {
  name: 'José Ángel Martínez',
  role: 'Jefe de taller',
  email: 'jose@talleres.example',
  phone: '+34 600 000 000',
};
const DAY = 86_400_000;

describe('host institutions', () => {
  let api: TestApp;
  let w: TwoTenants;
  let torinoContact: string;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    api = await createTestApp();
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.close();
    await api.close();
  });
  beforeEach(async () => {
    await api.t.truncateAll();
    smtp.received.length = 0;
    smtp.refuse(0);
    w = await twoTenants(api);
    await aUser(api.t.db, {
      email: 'contact@torino.example',
      memberOf: [{ organisation: w.torino, role: 'HOST_CONTACT' }],
    });
    torinoContact =
      (
        await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
          i: { email: 'contact@torino.example', password: TEST_PASSWORD },
        })
      ).sessionCookie ?? '';
  });

  async function proposed(): Promise<MobilityResult> {
    const created = await run(
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
    return (
      await run(api, PROPOSE, { mobilityId: created.mobility?.id, expectedVersion: 1 }, w.cookies.essenAdmin)
    ).mobility as MobilityResult;
  }
  const host = (query: string, input: Record<string, unknown>, cookie = w.cookies.valenciaContact) =>
    api
      .graphql<Record<string, Record<string, unknown>>>(query, { input }, { cookie })
      .then((r) => Object.values(r.data ?? {})[0] ?? r.errors);
  const deliver = () =>
    dispatchDueMessages(
      api.t.db,
      createSmtpTransport(smtp.url, 'Mobilis <no-reply@mobilis.test>'),
      api.clock.now,
      logger,
    );

  it('proposing e-mails the host contact over real SMTP, and the coordinator sees it delivered on the mobility', async () => {
    const m = await proposed();
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received.map((r) => r.to)).toEqual([['mentor@valencia.example']]);
    expect(bodyOf(smtp.received[0] ?? { to: [], raw: '' })).toContain(`/host/placements/${m.id}`);
    const deliveries = await api.graphql<{
      node: { emailDeliveries: { status: string; attempts: number; recipientEmail: string }[] };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Mobility { emailDeliveries { status attempts recipientEmail } } } }`,
      { id: m.id },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(deliveries.data?.node.emailDeliveries).toEqual([
      { status: 'SENT', attempts: 1, recipientEmail: 'mentor@valencia.example' },
    ]);
  });

  it('retries a refused delivery with backoff and shows the status until it succeeds', async () => {
    const m = await proposed();
    smtp.refuse(1);
    expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const status = async () =>
      (
        await api.graphql<{
          node: { emailDeliveries: { status: string; attempts: number; lastError: string | null }[] };
        }>(
          `query($id: ID!) { node(id: $id) { ... on Mobility { emailDeliveries { status attempts lastError } } } }`,
          { id: m.id },
          { cookie: w.cookies.essenCoordinator },
        )
      ).data?.node.emailDeliveries[0];
    expect(await status()).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: expect.stringMatching(/451|temporarily/i),
    });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due before the backoff
    api.clock.advance(31_000);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await status()).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it('gives up after the last attempt and shows FAILED', async () => {
    await proposed();
    smtp.refuse(10);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await deliver();
      api.clock.advance(3_600_000);
    }
    const [row] = await api.t.db.selectFrom('outbox_message').select(['status', 'attempts']).execute();
    expect(row).toEqual({ status: 'FAILED', attempts: 6 });
  });

  it('invites a host contact: the e-mailed single-use link signs them in as HOST_CONTACT, once', async () => {
    const invited = await api.graphql<{ inviteHostContact: { email: string; expiresAt: string } }>(
      INVITE,
      {
        input: {
          sendingOrganisationId: w.gid.essen,
          hostOrganisationId: w.gid.valencia,
          email: 'Nueva@Talleres.example',
          name: 'Lucía Fernández',
          locale: 'de',
        },
      },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(invited.data?.inviteHostContact).toEqual({
      __typename: 'HostInvitationPayload',
      email: 'nueva@talleres.example',
      expiresAt: new Date(api.clock.now.getTime() + 7 * DAY).toISOString(),
    });
    await deliver();
    const body = bodyOf(smtp.received[0] ?? { to: [], raw: '' });
    expect(body).toContain('lädt Sie zu Mobilis ein');
    const token = /invitation\?token=([\w-]+)/.exec(body)?.[1] ?? '';
    const accepted = await api.graphql<{ acceptInvitation: unknown }>(ACCEPT, {
      input: { token, displayName: 'Lucía Fernández Ruiz', password: 'a long passphrase' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toEqual({
      __typename: 'SignInPayload',
      viewer: {
        displayName: 'Lucía Fernández Ruiz',
        memberships: [{ role: 'HOST_CONTACT', organisation: { name: 'Talleres Valencia' } }],
      },
    });
    expect(accepted.sessionCookie).toBeDefined();
    const reused = await api.graphql<{ acceptInvitation: unknown }>(ACCEPT, {
      input: { token, displayName: 'Someone else' },
    });
    expect(reused.data?.acceptInvitation).toEqual({
      __typename: 'InvalidLinkError',
      message: 'This link is no longer valid. Ask for a new one.',
    });
    expect(reused.sessionCookie).toBeUndefined();
  });

  it('refuses an expired invitation, and a forged token, identically', async () => {
    await api.graphql(
      INVITE,
      {
        input: {
          sendingOrganisationId: w.gid.essen,
          hostOrganisationId: w.gid.valencia,
          email: 'late@talleres.example',
          name: 'Late',
        },
      },
      { cookie: w.cookies.essenAdmin },
    );
    await deliver();
    const token =
      /invitation\?token=([\w-]+)/.exec(bodyOf(smtp.received[0] ?? { to: [], raw: '' }))?.[1] ?? '';
    api.clock.advance(7 * DAY + 1000);
    const expired = await api.graphql(ACCEPT, { input: { token, displayName: 'Late' } });
    const forged = await api.graphql(ACCEPT, { input: { token: 'forged-token', displayName: 'Late' } });
    expect(expired.data).toEqual({
      acceptInvitation: { __typename: 'InvalidLinkError', message: expect.any(String) },
    });
    expect(forged.data).toEqual(expired.data);
    expect(
      await api.t.db
        .selectFrom('membership')
        .select('role')
        .innerJoin('app_user', 'app_user.id', 'membership.user_id')
        .where('app_user.email', '=', 'late@talleres.example')
        .execute(),
    ).toEqual([]);
  });

  it('e-mails a returning host a single-use sign-in link, and answers the same for unknown addresses', async () => {
    const known = await api.graphql(REQUEST_LINK, {
      input: { email: 'mentor@valencia.example', app: 'host' },
    });
    const unknown = await api.graphql(REQUEST_LINK, {
      input: { email: 'nobody@valencia.example', app: 'host' },
    });
    expect(known.data).toEqual({
      requestSignInLink: { __typename: 'SignInLinkRequestedPayload', requested: true },
    });
    expect(unknown.data).toEqual(known.data);
    const outcome = await deliver();
    const rows = await api.t.db
      .selectFrom('outbox_message')
      .select(['kind', 'recipient_email', 'status', 'last_error'])
      .execute();
    expect(rows).toEqual([
      { kind: 'SIGN_IN_LINK', recipient_email: 'mentor@valencia.example', status: 'SENT', last_error: null },
    ]);
    expect(outcome.sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const token =
      /sign-in-link\?token=([\w-]+)/.exec(bodyOf(smtp.received[0] ?? { to: [], raw: '' }))?.[1] ?? '';
    const first = await api.graphql(LINK_SIGN_IN, { input: { token } });
    expect(first.data).toEqual({
      signInWithLink: { __typename: 'SignInPayload', viewer: { email: 'mentor@valencia.example' } },
    });
    expect((await api.graphql(LINK_SIGN_IN, { input: { token } })).data).toEqual({
      signInWithLink: { __typename: 'InvalidLinkError' },
    });
  });

  it('the host accepts with a mentor; the coordinator is notified and sees it on the timeline', async () => {
    const m = await proposed();
    const result = await host(CONFIRM, { mobilityId: m.id, expectedVersion: 2, mentor });
    expect(result).toMatchObject({
      __typename: 'HostMobilityPayload',
      mobility: { status: 'CONFIRMED', version: 3, hostMentor: { name: mentor.name, email: mentor.email } },
    });
    const timeline = await api.graphql<{ node: { timeline: { action: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Mobility { timeline { action } } } }`,
      { id: m.id },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(timeline.data?.node.timeline.map((e) => e.action)).toEqual([
      'MOBILITY_CREATED',
      'PLACEMENT_PROPOSED',
      'PLACEMENT_CONFIRMED',
    ]);
    const notices = await api.t.db
      .selectFrom('outbox_message')
      .select(['kind', 'recipient_email'])
      .where('kind', '=', 'PLACEMENT_DECIDED')
      .orderBy('recipient_email')
      .execute();
    expect(notices).toEqual([
      { kind: 'PLACEMENT_DECIDED', recipient_email: 'admin@essen.example' },
      { kind: 'PLACEMENT_DECIDED', recipient_email: 'coord@essen.example' },
    ]);
    expect(await host(CONFIRM, { mobilityId: m.id, expectedVersion: 3, mentor })).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'ILLEGAL_TRANSITION',
      fromStatus: 'CONFIRMED',
    });
  });

  it('the host declines with a reason; a reason is required; a stale version changes nothing', async () => {
    const m = await proposed();
    expect(await host(DECLINE, { mobilityId: m.id, expectedVersion: 2, reason: '' })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['reason'], code: 'REASON_REQUIRED' }],
    });
    expect(
      await host(DECLINE, { mobilityId: m.id, expectedVersion: 1, reason: 'No workshop place in March' }),
    ).toMatchObject({ __typename: 'StaleVersionError', currentVersion: 2 });
    expect(
      await host(DECLINE, { mobilityId: m.id, expectedVersion: 2, reason: 'No workshop place in March' }),
    ).toMatchObject({ mobility: { status: 'DECLINED', declineReason: 'No workshop place in March' } });
  });

  it('arrival needs the learning agreement (AGREED); departure with a shorter stay recalculates the grant', async () => {
    const rates = JSON.stringify({
      individualSupport: { LEARNER: { group1: 6_400, group2: 5_600, group3: 4_800 } },
    });
    await api.graphql(
      `mutation($input: UpdateProjectRateCardInput!) { updateProjectRateCard(input: $input) { __typename } }`,
      { input: { projectId: w.gid.essenProject, expectedVersion: 1, overrides: rates } },
      { cookie: w.cookies.essenAdmin },
    );
    const m = await proposed();
    await host(CONFIRM, { mobilityId: m.id, expectedVersion: 2, mentor });
    expect(
      await host(ARRIVAL, { mobilityId: m.id, expectedVersion: 3, actualStartDate: '2026-09-07' }),
    ).toMatchObject({ __typename: 'InvalidTransitionError', fromStatus: 'CONFIRMED' });
    // The learning agreement (issue #6) concludes CONFIRMED → AGREED; here the state is set directly.
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'AGREED' })
      .where('reference', '=', 'MOB-00001')
      .execute();
    const arrived = await host(ARRIVAL, {
      mobilityId: m.id,
      expectedVersion: 3,
      actualStartDate: '2026-09-07',
    });
    expect(arrived).toMatchObject({ mobility: { status: 'ONGOING', actualStartDate: '2026-09-07' } });
    const departed = await host(DEPARTURE, {
      mobilityId: m.id,
      expectedVersion: 4,
      actualEndDate: '2026-09-25',
      attendanceDays: 19,
      interruptionDays: 0,
    });
    expect(departed).toMatchObject({
      mobility: { status: 'COMPLETED', actualEndDate: '2026-09-25', attendance: { attendanceDays: 19 } },
    });
    // The host does not see the grant; the sending coordinator sees it recalculated.
    expect((departed as { mobility: { grant: unknown } }).mobility.grant).toBeNull();
    const before = m.grant.totalCents;
    const after =
      (
        await api.graphql<{ node: { grant: { totalCents: number } } }>(
          `query($id: ID!) { node(id: $id) { ... on Mobility { grant { totalCents } } } }`,
          { id: m.id },
          { cookie: w.cookies.essenCoordinator },
        )
      ).data?.node.grant.totalCents ?? 0;
    // 7 fewer days at €56 a day (Spain, group 2), all past day 14 so tapered to 70 %: 7 × €39.20.
    expect(before - after).toBe(7 * 3_920);
    const event = await api.t.db
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'DEPARTURE_CONFIRMED')
      .executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({
      actualEndDate: '2026-09-25',
      attendanceDays: 19,
      totalCentsBefore: before,
      totalCentsAfter: after,
    });
  });

  it('the host records outcomes and skills once the participant is there, not before', async () => {
    const m = await proposed();
    const input = {
      mobilityId: m.id,
      expectedVersion: 2,
      outcomes: [
        { title: 'Diagnose engine faults', achievement: 'ACHIEVED', comment: 'Independent by week 3' },
      ],
      skills: { jobRelated: 'Engine diagnostics with OBD tools', language: 'Spanish A2 at work' },
    };
    expect(await host(OUTCOMES, input)).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'OUTCOMES_NOT_YET',
    });
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'ONGOING' })
      .where('reference', '=', 'MOB-00001')
      .execute();
    expect(await host(OUTCOMES, input)).toMatchObject({
      __typename: 'HostMobilityPayload',
      mobility: { version: 3 },
    });
    const stored = await api.graphql<{ node: { hostOutcomes: unknown } }>(
      `query($id: ID!) { node(id: $id) { ... on Mobility { hostOutcomes { outcomes { title achievement comment } skills { jobRelated language digital } } } } }`,
      { id: m.id },
      { cookie: w.cookies.valenciaContact },
    );
    expect(stored.data?.node.hostOutcomes).toEqual({
      outcomes: [
        { title: 'Diagnose engine faults', achievement: 'ACHIEVED', comment: 'Independent by week 3' },
      ],
      skills: {
        jobRelated: 'Engine diagnostics with OBD tools',
        language: 'Spanish A2 at work',
        digital: null,
      },
    });
  });

  it('lists the host’s contacts to its own contacts only', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Organisation { hostContacts { displayName email } } } }`;
    const own = await api.graphql<{ node: { hostContacts: { email: string }[] } }>(
      query,
      { id: w.gid.valencia },
      { cookie: w.cookies.valenciaContact },
    );
    expect(own.data?.node.hostContacts.map((c) => c.email)).toEqual(['mentor@valencia.example']);
    expect((await api.graphql(query, { id: w.gid.valencia }, { cookie: w.cookies.essenAdmin })).data).toEqual(
      { node: { hostContacts: null } },
    );
    expect((await api.graphql(query, { id: w.gid.valencia }, { cookie: torinoContact })).data).toEqual({
      node: null,
    });
  });

  it('shows the host its inbox with counts, and nothing to another host', async () => {
    await proposed();
    const query = `query($id: ID!) { node(id: $id) { ... on Organisation { placementCounts { toDecide upcoming ongoing toConfirm } placements { status participant { displayName email } } } } }`;
    const inbox = await api.graphql<{ node: { placementCounts: unknown; placements: unknown[] } }>(
      query,
      { id: w.gid.valencia },
      { cookie: w.cookies.valenciaContact },
    );
    expect(inbox.data?.node.placementCounts).toEqual({ toDecide: 1, upcoming: 0, ongoing: 0, toConfirm: 0 });
    expect(inbox.data?.node.placements).toEqual([
      { status: 'PROPOSED', participant: { displayName: expect.stringMatching(/^Łukasz/), email: null } },
    ]);
    expect((await api.graphql(query, { id: w.gid.valencia }, { cookie: torinoContact })).data).toEqual({
      node: null,
    });
    expect((await api.graphql(query, { id: w.gid.valencia }, { cookie: w.cookies.essenAdmin })).data).toEqual(
      { node: { placementCounts: null, placements: null } },
    );
  });

  it.each([
    ['confirmPlacement', CONFIRM, (id: string) => ({ mobilityId: id, expectedVersion: 2, mentor })],
    [
      'declinePlacement',
      DECLINE,
      (id: string) => ({ mobilityId: id, expectedVersion: 2, reason: 'Not ours' }),
    ],
    [
      'confirmArrival',
      ARRIVAL,
      (id: string) => ({ mobilityId: id, expectedVersion: 2, actualStartDate: '2026-09-07' }),
    ],
    [
      'confirmDeparture',
      DEPARTURE,
      (id: string) => ({
        mobilityId: id,
        expectedVersion: 2,
        actualEndDate: '2026-10-02',
        attendanceDays: 20,
      }),
    ],
    [
      'recordOutcomes',
      OUTCOMES,
      (id: string) => ({ mobilityId: id, expectedVersion: 2, outcomes: [], skills: {} }),
    ],
  ] as const)(
    '%s answers NotFoundError to another host’s contact, another sender and the sender itself, changing nothing',
    async (_name, query, input) => {
      const m = await proposed();
      for (const cookie of [torinoContact, w.cookies.krakowAdmin, w.cookies.essenAdmin]) {
        const before = await databaseFingerprint(api);
        expect(await host(query, input(m.id), cookie)).toEqual({ __typename: 'NotFoundError' });
        expect(await databaseFingerprint(api)).toBe(before);
      }
    },
  );

  it('inviteHostContact answers NotFoundError for another organisation’s directory', async () => {
    const before = await databaseFingerprint(api);
    const response = await api.graphql(
      `mutation($input: InviteHostContactInput!) { inviteHostContact(input: $input) { __typename } }`,
      {
        input: {
          sendingOrganisationId: w.gid.essen,
          hostOrganisationId: w.gid.valencia,
          email: 'x@example.org',
          name: 'X',
        },
      },
      { cookie: w.cookies.krakowAdmin },
    );
    expect(response.data).toEqual({ inviteHostContact: { __typename: 'NotFoundError' } });
    const notPartner = await api.graphql(
      `mutation($input: InviteHostContactInput!) { inviteHostContact(input: $input) { __typename } }`,
      {
        input: {
          sendingOrganisationId: w.gid.krakow,
          hostOrganisationId: w.gid.valencia,
          email: 'x@example.org',
          name: 'X',
        },
      },
      { cookie: w.cookies.krakowAdmin },
    );
    expect(notPartner.data).toEqual({ inviteHostContact: { __typename: 'NotFoundError' } });
    expect(await databaseFingerprint(api)).toBe(before);
  });
});
