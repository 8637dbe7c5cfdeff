import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aParticipant, aUser, TEST_PASSWORD } from '../../../test/seed-builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';
import { CREATE_MOBILITY, PROPOSE, placementFacts, run } from '../mobility/mobility-operations.test-helpers';

const FIELDS = `mobility { status learningAgreement { firstVersion { hash content signatures { role } } approvedChanges { content } proposal { hash awaiting changes { itemId status reasonCode } signatures { role name position } comment { text } } } }`;
const op = (name: string, type: string) =>
  `mutation($input: ${type}!) { ${name}(input: $input) { __typename ... on LearningAgreementPayload { ${FIELDS} } ... on LearningAgreementError { code } ... on ValidationError { fieldErrors { path code } } } }`;
const PROPOSE_LA = op('proposeLearningAgreement', 'ProposeLearningAgreementInput');
const SIGN = op('signLearningAgreement', 'SignLearningAgreementInput');
const COMMENT = op('commentOnLearningAgreement', 'CommentOnLearningAgreementInput');

const outcome = (id: string, title: string) => ({ id, title, kind: 'SKILLS' });
const content = (...outcomes: ReturnType<typeof outcome>[]) =>
  JSON.stringify({ learningOutcomes: outcomes, language: { language: 'es', cefrLevel: 'A2' } });
const A = outcome('a', 'Diagnose engine faults');
const B = outcome('b', 'Service brake systems');
const C = outcome('c', 'Customer communication in Spanish');
const D = outcome('d', 'Electric vehicle safety');

type Result = {
  __typename: string;
  code?: string;
  mobility?: {
    status: string;
    learningAgreement: {
      firstVersion: { hash: string; content: string; signatures: { role: string }[] } | null;
      approvedChanges: { content: string } | null;
      proposal: {
        hash: string;
        awaiting: string | null;
        changes: unknown[];
        signatures: unknown[];
        comment: { text: string } | null;
      } | null;
    };
  };
};

describe('learning agreements over GraphQL', () => {
  let api: TestApp;
  let w: TwoTenants;
  let participantCookie: string;
  let mobilityId: string;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.t.truncateAll();
    w = await twoTenants(api);
    const lena = await aUser(api.t.db, { email: 'lena@example.org', displayName: 'Lena Fischer' });
    const participant = await aParticipant(api.t.db, w.essen, lena);
    participantCookie =
      (
        await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
          i: { email: 'lena@example.org', password: TEST_PASSWORD },
        })
      ).sessionCookie ?? '';
    const created = await run(
      api,
      CREATE_MOBILITY,
      {
        projectId: w.gid.essenProject,
        participantId: encodeGlobalID('Participant', participant.id),
        hostOrganisationId: w.gid.valencia,
        facts: placementFacts,
      },
      w.cookies.essenAdmin,
    );
    mobilityId = created.mobility?.id ?? '';
    await run(api, PROPOSE, { mobilityId, expectedVersion: 1 }, w.cookies.essenAdmin);
    await api.graphql(
      `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { __typename } }`,
      { input: { mobilityId, expectedVersion: 2, mentor: { name: 'José', email: 'jose@example.org' } } },
      { cookie: w.cookies.valenciaContact },
    );
  });

  const call = async (query: string, input: Record<string, unknown>, cookie: string) =>
    Object.values(
      (await api.graphql<Record<string, Result>>(query, { input: { mobilityId, ...input } }, { cookie }))
        .data ?? {},
    )[0] as Result;
  const hashOf = (r: Result) => r.mobility?.learningAgreement.proposal?.hash ?? '';
  const signAs = async (hash: string, roles: ('PARTICIPANT' | 'SENDING' | 'HOST')[]) => {
    let last: Result | undefined;
    const cookies = {
      PARTICIPANT: participantCookie,
      SENDING: w.cookies.essenCoordinator,
      HOST: w.cookies.valenciaContact,
    };
    for (const role of roles) {
      last = await call(
        SIGN,
        { as: role, proposalHash: hash, position: role === 'PARTICIPANT' ? null : 'Coordinator' },
        cookies[role],
      );
      expect(last.__typename, `${role} signs`).toBe('LearningAgreementPayload');
    }
    return last as Result;
  };

  it('walks the 12-step scenario; the first version moves the mobility to AGREED', async () => {
    // 1. Proposal (A, B) by the sending coordinator.
    let r = await call(PROPOSE_LA, { as: 'SENDING', content: content(A, B) }, w.cookies.essenCoordinator);
    expect(r.mobility?.learningAgreement.proposal?.awaiting).toBe('PARTICIPANT');
    // The host does not see the draft before participant and sender approved it.
    const hostView = await api.graphql<{ node: { learningAgreement: { proposal: unknown } } }>(
      `query($id: ID!) { node(id: $id) { ... on Mobility { learningAgreement { proposal { hash } } } } }`,
      { id: mobilityId },
      { cookie: w.cookies.valenciaContact },
    );
    expect(hostView.data?.node.learningAgreement.proposal).toBeNull();
    // 2–3. Participant and sender approve; 4. the host comments (approvals cleared).
    r = await signAs(hashOf(r), ['PARTICIPANT', 'SENDING']);
    expect(r.mobility?.learningAgreement.proposal?.awaiting).toBe('HOST');
    r = await call(
      COMMENT,
      { proposalHash: hashOf(r), text: 'Please add customer communication' },
      w.cookies.valenciaContact,
    );
    expect(r.mobility?.learningAgreement.proposal).toMatchObject({
      signatures: [],
      comment: { text: 'Please add customer communication' },
    });
    // 5. Revised proposal; 6–8. all sign → first version, mobility AGREED.
    r = await call(PROPOSE_LA, { as: 'SENDING', content: content(A, B, C) }, w.cookies.essenCoordinator);
    r = await signAs(hashOf(r), ['PARTICIPANT', 'SENDING', 'HOST']);
    expect(r.mobility?.status).toBe('AGREED');
    expect(r.mobility?.learningAgreement.firstVersion?.signatures.map((s) => s.role)).toEqual([
      'PARTICIPANT',
      'SENDING',
      'HOST',
    ]);
    // 9–10. A change during the mobility; the host comments.
    r = await call(
      PROPOSE_LA,
      {
        as: 'SENDING',
        content: content(A, C, D),
        reasons: [
          { itemId: 'b', reasonCode: 'NOT_AVAILABLE' },
          { itemId: 'd', reasonCode: 'SUBSTITUTING_DELETED' },
        ],
      },
      w.cookies.essenCoordinator,
    );
    expect(r.mobility?.learningAgreement.proposal?.changes).toEqual([
      { itemId: 'b', status: 'DELETED', reasonCode: 'NOT_AVAILABLE' },
      { itemId: 'd', status: 'INSERTED', reasonCode: 'SUBSTITUTING_DELETED' },
    ]);
    r = await signAs(hashOf(r), ['PARTICIPANT', 'SENDING']);
    r = await call(
      COMMENT,
      { proposalHash: hashOf(r), text: 'Keep the brakes, add EV safety' },
      w.cookies.valenciaContact,
    );
    // 11–12. Revised change approved by all: approved changes hold it, the first version stays.
    r = await call(PROPOSE_LA, { as: 'SENDING', content: content(A, B, C, D) }, w.cookies.essenCoordinator);
    r = await signAs(hashOf(r), ['PARTICIPANT', 'SENDING', 'HOST']);
    expect(
      JSON.parse(r.mobility?.learningAgreement.firstVersion?.content ?? '{}').learningOutcomes.map(
        (o: { id: string }) => o.id,
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(
      JSON.parse(r.mobility?.learningAgreement.approvedChanges?.content ?? '{}').learningOutcomes.map(
        (o: { id: string }) => o.id,
      ),
    ).toEqual(['a', 'b', 'c', 'd']);
    const history = await api.t.db
      .selectFrom('audit_event')
      .select('action')
      .where('subject_type', '=', 'LEARNING_AGREEMENT')
      .orderBy('sequence')
      .execute();
    expect(history.map((h) => h.action)).toEqual([
      'PROPOSAL_DRAFTED',
      'SIGNED_BY_PARTICIPANT',
      'SIGNED_BY_SENDING',
      'HOST_COMMENTED',
      'PROPOSAL_REVISED',
      'SIGNED_BY_PARTICIPANT',
      'SIGNED_BY_SENDING',
      'FIRST_VERSION_AGREED',
      'CHANGE_PROPOSED',
      'SIGNED_BY_PARTICIPANT',
      'SIGNED_BY_SENDING',
      'HOST_COMMENTED',
      'PROPOSAL_REVISED',
      'SIGNED_BY_PARTICIPANT',
      'SIGNED_BY_SENDING',
      'CHANGES_AGREED',
    ]);
    const notices = await api.t.db
      .selectFrom('outbox_message')
      .select('kind')
      .where('kind', 'like', 'LEARNING_AGREEMENT_%')
      .execute();
    expect(notices.length).toBeGreaterThanOrEqual(8);
  });

  it('rejects signing or commenting on a stale hash with StaleVersionError, changing nothing', async () => {
    const first = await call(PROPOSE_LA, { as: 'SENDING', content: content(A) }, w.cookies.essenCoordinator);
    const oldHash = hashOf(first);
    await call(PROPOSE_LA, { as: 'SENDING', content: content(A, B) }, w.cookies.essenCoordinator);
    const before = await databaseFingerprint(api);
    expect(
      (await call(SIGN, { as: 'PARTICIPANT', proposalHash: oldHash }, participantCookie)).__typename,
    ).toBe('StaleVersionError');
    expect(
      (await call(COMMENT, { proposalHash: oldHash, text: 'Old' }, w.cookies.valenciaContact)).__typename,
    ).toBe('StaleVersionError');
    expect(await databaseFingerprint(api)).toBe(before);
  });

  it('lets the participant ask for changes on a proposal awaiting them; the coordinator is told', async () => {
    const r = await call(PROPOSE_LA, { as: 'SENDING', content: content(A) }, w.cookies.essenCoordinator);
    const asked = await call(
      COMMENT,
      { as: 'PARTICIPANT', proposalHash: hashOf(r), text: 'Can we add welding?' },
      participantCookie,
    );
    expect(asked.mobility?.learningAgreement.proposal?.comment?.text).toBe('Can we add welding?');
    const notices = await api.t.db
      .selectFrom('outbox_message')
      .select('kind')
      .where('kind', '=', 'LEARNING_AGREEMENT_PARTICIPANT_COMMENTED')
      .execute();
    expect(notices).toHaveLength(2); // the Essen admin and coordinator
    const coordinatorAsParticipant = await api.graphql(
      COMMENT,
      { input: { mobilityId, as: 'PARTICIPANT', proposalHash: hashOf(r), text: 'Not me' } },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(coordinatorAsParticipant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets each party sign only as itself and in order', async () => {
    const r = await call(PROPOSE_LA, { as: 'SENDING', content: content(A) }, w.cookies.essenCoordinator);
    const hash = hashOf(r);
    const asParticipant = await api.graphql(
      SIGN,
      { input: { mobilityId, as: 'PARTICIPANT', proposalHash: hash } },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(asParticipant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asHost = await api.graphql(
      SIGN,
      { input: { mobilityId, as: 'HOST', proposalHash: hash } },
      { cookie: participantCookie },
    );
    expect(asHost.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await call(SIGN, { as: 'SENDING', proposalHash: hash }, w.cookies.essenCoordinator)).toMatchObject(
      { __typename: 'LearningAgreementError', code: 'NOT_YOUR_TURN' },
    );
    expect(
      await call(PROPOSE_LA, { as: 'SENDING', content: '{not json' }, w.cookies.essenCoordinator),
    ).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['content'], code: 'INVALID_VALUE' }],
    });
  });

  it.each([
    ['proposeLearningAgreement', () => PROPOSE_LA, () => ({ as: 'SENDING', content: content(A) })],
    ['signLearningAgreement', () => SIGN, () => ({ as: 'SENDING', proposalHash: 'x' })],
    ['commentOnLearningAgreement', () => COMMENT, () => ({ proposalHash: 'x', text: 'Not mine' })],
  ] as const)(
    '%s answers NotFoundError to another organisation and another host, changing nothing',
    async (_name, query, input) => {
      const torino = await aUser(api.t.db, {
        email: 'c@torino.example',
        memberOf: [{ organisation: w.torino, role: 'HOST_CONTACT' }],
      });
      const torinoCookie =
        (
          await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
            i: { email: torino.email, password: TEST_PASSWORD },
          })
        ).sessionCookie ?? '';
      for (const cookie of [w.cookies.krakowAdmin, torinoCookie]) {
        const before = await databaseFingerprint(api);
        expect((await call(query(), input(), cookie)).__typename).toBe('NotFoundError');
        expect(await databaseFingerprint(api)).toBe(before);
      }
    },
  );

  it('lists a participant’s own mobilities on the viewer', async () => {
    const mine = await api.graphql<{ viewer: { mobilities: { id: string }[] } }>(
      '{ viewer { mobilities { id status } } }',
      {},
      { cookie: participantCookie },
    );
    expect(mine.data?.viewer.mobilities.map((m) => m.id)).toEqual([mobilityId]);
    const other = await api.graphql<{ viewer: { mobilities: unknown[] } }>(
      '{ viewer { mobilities { id } } }',
      {},
      { cookie: w.cookies.krakowAdmin },
    );
    expect(other.data?.viewer.mobilities).toEqual([]);
  });
});
