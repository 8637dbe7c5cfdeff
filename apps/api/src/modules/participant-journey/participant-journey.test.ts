import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aParticipant, aUser, TEST_PASSWORD } from '../../../test/seed-builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';
import { CREATE_MOBILITY, placementFacts, run } from '../mobility/mobility-operations.test-helpers';

const TICK = `mutation($input: TickPreparationItemInput!) { tickPreparationItem(input: $input) { __typename ... on ParticipantStepPayload { mobility { version preparation { key doneAt } } } ... on ValidationError { fieldErrors { path code } } } }`;
const REPORT = `mutation($input: SubmitParticipantReportInput!) { submitParticipantReport(input: $input) { __typename ... on ParticipantStepPayload { mobility { participantReport { satisfaction recognition submittedAt } } } ... on InvalidTransitionError { code } ... on ValidationError { fieldErrors { path code } } } }`;
const CHECKLIST = `mutation($input: SetPreparationChecklistInput!) { setPreparationChecklist(input: $input) { __typename ... on PreparationChecklistPayload { items { key label } } } }`;

describe('participant preparation and report', () => {
  let api: TestApp;
  let w: TwoTenants;
  let me: string;
  let mobilityId: string;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.t.truncateAll();
    w = await twoTenants(api);
    const user = await aUser(api.t.db, { email: 'me@example.org' });
    const participant = await aParticipant(api.t.db, w.essen, user);
    me =
      (
        await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
          i: { email: 'me@example.org', password: TEST_PASSWORD },
        })
      ).sessionCookie ?? '';
    mobilityId =
      (
        await run(
          api,
          CREATE_MOBILITY,
          {
            projectId: w.gid.essenProject,
            participantId: encodeGlobalID('Participant', participant.id),
            hostOrganisationId: w.gid.valencia,
            facts: placementFacts,
          },
          w.cookies.essenAdmin,
        )
      ).mobility?.id ?? '';
  });

  it('the participant ticks items of the default checklist; an unknown item is refused', async () => {
    const ticked = await api.graphql<{
      tickPreparationItem: { mobility: { preparation: { key: string; doneAt: string | null }[] } };
    }>(TICK, { input: { mobilityId, expectedVersion: 1, key: 'INSURANCE', done: true } }, { cookie: me });
    const items = ticked.data?.tickPreparationItem.mobility.preparation ?? [];
    expect(items.map((i) => i.key)).toEqual([
      'LANGUAGE_PREPARATION',
      'INSURANCE',
      'TRAVEL_BOOKED',
      'DOCUMENTS',
    ]);
    expect(items.find((i) => i.key === 'INSURANCE')?.doneAt).toBe(api.clock.now.toISOString());
    expect(
      (
        await api.graphql(
          TICK,
          { input: { mobilityId, expectedVersion: 2, key: 'VISA', done: true } },
          { cookie: me },
        )
      ).data,
    ).toEqual({
      tickPreparationItem: {
        __typename: 'ValidationError',
        fieldErrors: [{ path: ['key'], code: 'INVALID_VALUE' }],
      },
    });
  });

  it('follows the organisation’s own checklist', async () => {
    const set = await api.graphql(
      CHECKLIST,
      {
        input: {
          organisationId: w.gid.essen,
          items: [{ key: 'SAFETY_BRIEFING', label: 'Workshop safety briefing attended' }],
        },
      },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(set.data).toEqual({
      setPreparationChecklist: {
        __typename: 'PreparationChecklistPayload',
        items: [{ key: 'SAFETY_BRIEFING', label: 'Workshop safety briefing attended' }],
      },
    });
    const view = await api.graphql<{ node: { preparation: { key: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Mobility { preparation { key } } } }`,
      { id: mobilityId },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(view.data?.node.preparation).toEqual([{ key: 'SAFETY_BRIEFING' }]);
  });

  it('opens the report only after completion, once', async () => {
    const input = {
      mobilityId,
      expectedVersion: 1,
      satisfaction: 5,
      recognition: 'FULLY',
      skillsGained: 'Diagnostics',
    };
    expect((await api.graphql(REPORT, { input }, { cookie: me })).data).toEqual({
      submitParticipantReport: { __typename: 'InvalidTransitionError', code: 'REPORT_NOT_OPEN' },
    });
    await api.t.db.updateTable('mobility').set({ status: 'COMPLETED' }).execute();
    expect(
      (await api.graphql(REPORT, { input: { ...input, satisfaction: 9 } }, { cookie: me })).data,
    ).toEqual({
      submitParticipantReport: {
        __typename: 'ValidationError',
        fieldErrors: [{ path: ['satisfaction'], code: 'NUMBER_TOO_LARGE' }],
      },
    });
    const submitted = await api.graphql(REPORT, { input }, { cookie: me });
    expect(submitted.data).toEqual({
      submitParticipantReport: {
        __typename: 'ParticipantStepPayload',
        mobility: {
          participantReport: {
            satisfaction: 5,
            recognition: 'FULLY',
            submittedAt: api.clock.now.toISOString(),
          },
        },
      },
    });
    expect(
      (await api.graphql(REPORT, { input: { ...input, expectedVersion: 2 } }, { cookie: me })).data,
    ).toEqual({ submitParticipantReport: { __typename: 'InvalidTransitionError', code: 'REPORT_NOT_OPEN' } });
  });

  it('answers NotFoundError to everyone but the participant, changing nothing', async () => {
    for (const cookie of [w.cookies.essenAdmin, w.cookies.krakowAdmin, w.cookies.valenciaContact]) {
      const before = await databaseFingerprint(api);
      expect(
        (
          await api.graphql<{ tickPreparationItem: { __typename: string } }>(
            TICK,
            { input: { mobilityId, expectedVersion: 1, key: 'INSURANCE', done: true } },
            { cookie },
          )
        ).data?.tickPreparationItem.__typename,
      ).toBe('NotFoundError');
      expect(
        (
          await api.graphql<{ submitParticipantReport: { __typename: string } }>(
            REPORT,
            { input: { mobilityId, expectedVersion: 1, satisfaction: 3, recognition: 'PARTLY' } },
            { cookie },
          )
        ).data?.submitParticipantReport.__typename,
      ).toBe('NotFoundError');
      expect(await databaseFingerprint(api)).toBe(before);
    }
    expect(
      (
        await api.graphql<{ setPreparationChecklist: { __typename: string } }>(
          CHECKLIST,
          { input: { organisationId: w.gid.essen, items: [{ key: 'X_Y', label: 'x' }] } },
          { cookie: w.cookies.krakowAdmin },
        )
      ).data?.setPreparationChecklist.__typename,
    ).toBe('NotFoundError');
  });
});
