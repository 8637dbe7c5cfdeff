import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { databaseFingerprint, type TwoTenants, twoTenants } from '../../../test/two-tenants';
import {
  CANCEL,
  CREATE_MOBILITY,
  type MobilityResult,
  PROPOSE,
  placementFacts,
  RETURN_TO_DRAFT,
  run,
  UPDATE_MOBILITY,
} from './mobility-operations.test-helpers';

describe('mobility mutations', () => {
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

  const create = (facts: Record<string, unknown> = placementFacts, cookie = w.cookies.essenCoordinator) =>
    run(
      api,
      CREATE_MOBILITY,
      {
        projectId: w.gid.essenProject,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.valencia,
        facts,
      },
      cookie,
    );
  const created = async () => (await create()).mobility as MobilityResult;

  it('createMobility saves a draft with its grant computed from the project’s card and an audit event', async () => {
    const result = await create();
    expect(result.__typename).toBe('MobilityPayload');
    const m = result.mobility as MobilityResult;
    expect(m).toMatchObject({ reference: 'MOB-00001', status: 'DRAFT', version: 1 });
    // Essen → València is about 1 400 km great-circle: 500–1 999 km band, 2024+ standard €309.
    expect(m.grant.lines).toContainEqual({ category: 'TRAVEL', amountCents: 30_900 });
    expect(m.grant.rateCardVersion).toMatch(/^ka1-sch-vet-adu-2024/);
    expect(m.timeline.map((e) => e.action)).toEqual(['MOBILITY_CREATED']);
    expect(m.availableActions).toEqual(expect.arrayContaining(['PROPOSE_PLACEMENT', 'CANCEL_MOBILITY']));
    expect((await create()).mobility?.reference).toBe('MOB-00002');
  });

  it('createMobility rejects facts that break the activity’s rules, naming each field', async () => {
    const result = await create({ ...placementFacts, plannedEndDate: '2026-09-10', courseFeeDays: 2 });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['plannedEndDate'], code: 'DURATION_OUT_OF_RANGE' },
        { path: ['courseFeeDays'], code: 'COURSE_FEES_NOT_APPLICABLE' },
      ],
    });
    const reversed = await create({ ...placementFacts, plannedEndDate: '2026-09-01' });
    expect(reversed).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['plannedEndDate'], code: 'END_BEFORE_START' }],
    });
    expect(await api.t.db.selectFrom('mobility').selectAll().execute()).toEqual([]);
  });

  it('createMobility refuses a host outside the directory and a participant of another organisation', async () => {
    const foreignHost = await run(
      api,
      CREATE_MOBILITY,
      {
        projectId: w.gid.essenProject,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.krakow,
        facts: placementFacts,
      },
      w.cookies.essenAdmin,
    );
    expect(foreignHost).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['hostOrganisationId'], code: 'HOST_NOT_IN_DIRECTORY' }],
    });
    const foreignParticipant = await run(
      api,
      CREATE_MOBILITY,
      {
        projectId: w.gid.essenProject,
        participantId: w.gid.krakowLearner,
        hostOrganisationId: w.gid.valencia,
        facts: placementFacts,
      },
      w.cookies.essenAdmin,
    );
    expect(foreignParticipant).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['participantId'], code: 'PARTICIPANT_UNKNOWN' }],
    });
  });

  it('updateMobility recalculates the grant and records the old and new totals on the timeline', async () => {
    const m = await created();
    const result = await run(
      api,
      UPDATE_MOBILITY,
      {
        mobilityId: m.id,
        expectedVersion: 1,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.torino,
        facts: { ...placementFacts, greenTravel: true, travelDays: 4 },
      },
      w.cookies.essenCoordinator,
    );
    const updated = result.mobility as MobilityResult;
    expect(updated.version).toBe(2);
    // Essen → Torino ≈ 700 km: green 500–1 999 km is €417.
    expect(updated.grant.lines).toContainEqual({ category: 'TRAVEL', amountCents: 41_700 });
    const event = updated.timeline.at(-1);
    expect(event?.action).toBe('MOBILITY_UPDATED');
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      totalCentsBefore: m.grant.totalCents,
      totalCentsAfter: updated.grant.totalCents,
      rateCardVersion: updated.grant.rateCardVersion,
    });
  });

  it('updateMobility with a stale version returns StaleVersionError and changes nothing', async () => {
    const m = await created();
    const input = {
      mobilityId: m.id,
      participantId: w.gid.essenLearner,
      hostOrganisationId: w.gid.valencia,
      facts: { ...placementFacts, travelDays: 1 },
    };
    await run(api, UPDATE_MOBILITY, { ...input, expectedVersion: 1 }, w.cookies.essenAdmin);
    const before = await databaseFingerprint(api);
    const stale = await run(
      api,
      UPDATE_MOBILITY,
      { ...input, facts: placementFacts, expectedVersion: 1 },
      w.cookies.essenAdmin,
    );
    expect(stale).toMatchObject({ __typename: 'StaleVersionError', currentVersion: 2 });
    expect(await databaseFingerprint(api)).toBe(before);
  });

  it('two concurrent edits with the same expectedVersion: exactly one wins', async () => {
    const m = await created();
    const edit = (travelDays: number) =>
      run(
        api,
        UPDATE_MOBILITY,
        {
          mobilityId: m.id,
          expectedVersion: 1,
          participantId: w.gid.essenLearner,
          hostOrganisationId: w.gid.valencia,
          facts: { ...placementFacts, travelDays },
        },
        w.cookies.essenAdmin,
      );
    const results = await Promise.all([edit(0), edit(1), edit(2), edit(0), edit(1)]);
    const kinds = results.map((r) => r.__typename).sort();
    expect(kinds).toEqual([
      'MobilityPayload',
      'StaleVersionError',
      'StaleVersionError',
      'StaleVersionError',
      'StaleVersionError',
    ]);
    const [row] = await api.t.db.selectFrom('mobility').select('version').execute();
    expect(row?.version).toBe(2);
  });

  it('proposePlacement moves DRAFT → PROPOSED; proposing again is an invalid transition', async () => {
    const m = await created();
    const proposed = await run(
      api,
      PROPOSE,
      { mobilityId: m.id, expectedVersion: 1 },
      w.cookies.essenCoordinator,
    );
    expect(proposed.mobility).toMatchObject({ status: 'PROPOSED', version: 2 });
    expect(proposed.mobility?.timeline.map((e) => e.action)).toEqual([
      'MOBILITY_CREATED',
      'PLACEMENT_PROPOSED',
    ]);
    const again = await run(
      api,
      PROPOSE,
      { mobilityId: m.id, expectedVersion: 2 },
      w.cookies.essenCoordinator,
    );
    expect(again).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'ILLEGAL_TRANSITION',
      fromStatus: 'PROPOSED',
    });
  });

  it('a declined mobility is re-proposed to another host (not the one that declined), with the grant recalculated', async () => {
    const m = await created();
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'DECLINED' })
      .where('id', '=', fromGlobal(m.id))
      .execute();
    const sameHost = await run(api, PROPOSE, { mobilityId: m.id, expectedVersion: 1 }, w.cookies.essenAdmin);
    expect(sameHost).toMatchObject({ __typename: 'InvalidTransitionError', code: 'HOST_ALREADY_DECLINED' });
    const other = await run(
      api,
      PROPOSE,
      { mobilityId: m.id, expectedVersion: 1, hostOrganisationId: w.gid.torino },
      w.cookies.essenAdmin,
    );
    expect(other.mobility).toMatchObject({ status: 'PROPOSED', hostOrganisation: { name: 'CFP Torino' } });
    // The distance (and so the travel band) is recomputed for the new host: Essen → Torino ≈ 700 km.
    expect(m.computedDistanceKm).toBeGreaterThan(1_300);
    expect(other.mobility?.computedDistanceKm).toBeGreaterThan(600);
    expect(other.mobility?.computedDistanceKm).toBeLessThan(800);
  });

  it('returnMobilityToDraft works only from DECLINED', async () => {
    const m = await created();
    expect(
      await run(api, RETURN_TO_DRAFT, { mobilityId: m.id, expectedVersion: 1 }, w.cookies.essenAdmin),
    ).toMatchObject({ __typename: 'InvalidTransitionError', fromStatus: 'DRAFT' });
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'DECLINED' })
      .where('id', '=', fromGlobal(m.id))
      .execute();
    expect(
      (await run(api, RETURN_TO_DRAFT, { mobilityId: m.id, expectedVersion: 1 }, w.cookies.essenAdmin))
        .mobility?.status,
    ).toBe('DRAFT');
  });

  it('cancelMobility needs a reason, records it with the force-majeure flag, and is refused once completed', async () => {
    const m = await created();
    const noReason = await run(
      api,
      CANCEL,
      { mobilityId: m.id, expectedVersion: 1, reason: ' ', forceMajeure: false },
      w.cookies.essenAdmin,
    );
    expect(noReason).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['reason'], code: 'REASON_REQUIRED' }],
    });
    const cancelled = await run(
      api,
      CANCEL,
      { mobilityId: m.id, expectedVersion: 1, reason: 'Flooding closed the host site', forceMajeure: true },
      w.cookies.essenAdmin,
    );
    expect(cancelled.mobility).toMatchObject({ status: 'CANCELLED', availableActions: [] });
    expect(JSON.parse(cancelled.mobility?.timeline.at(-1)?.details ?? '{}')).toMatchObject({
      reason: 'Flooding closed the host site',
      forceMajeure: true,
      from: 'DRAFT',
    });

    const done = await created();
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'COMPLETED' })
      .where('id', '=', fromGlobal(done.id))
      .execute();
    const late = await run(
      api,
      CANCEL,
      { mobilityId: done.id, expectedVersion: 1, reason: 'Too late', forceMajeure: false },
      w.cookies.essenAdmin,
    );
    expect(late).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'ILLEGAL_TRANSITION',
      fromStatus: 'COMPLETED',
    });
  });

  it('updateMobility refuses to edit a completed mobility and to swap the host after proposing', async () => {
    const m = await created();
    await run(api, PROPOSE, { mobilityId: m.id, expectedVersion: 1 }, w.cookies.essenAdmin);
    const swap = await run(
      api,
      UPDATE_MOBILITY,
      {
        mobilityId: m.id,
        expectedVersion: 2,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.torino,
        facts: placementFacts,
      },
      w.cookies.essenAdmin,
    );
    expect(swap).toMatchObject({ __typename: 'InvalidTransitionError', code: 'HOST_LOCKED' });
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'COMPLETED' })
      .where('id', '=', fromGlobal(m.id))
      .execute();
    const edit = await run(
      api,
      UPDATE_MOBILITY,
      {
        mobilityId: m.id,
        expectedVersion: 2,
        participantId: w.gid.essenLearner,
        hostOrganisationId: w.gid.valencia,
        facts: placementFacts,
      },
      w.cookies.essenAdmin,
    );
    expect(edit).toMatchObject({ __typename: 'InvalidTransitionError', code: 'NOT_EDITABLE' });
  });

  it('mobilityGrantPreview shows the grant difference before saving, and bad facts as field errors', async () => {
    const m = await created();
    const query = `query($input: MobilityGrantPreviewInput!) { mobilityGrantPreview(input: $input) { grant { totalCents } currentTotalCents differenceCents } }`;
    const input = {
      projectId: w.gid.essenProject,
      mobilityId: m.id,
      participantId: w.gid.essenLearner,
      hostOrganisationId: w.gid.valencia,
      facts: { ...placementFacts, greenTravel: true, travelDays: 4 },
    };
    const preview = await api.graphql<{
      mobilityGrantPreview: {
        grant: { totalCents: number };
        currentTotalCents: number;
        differenceCents: number;
      };
    }>(query, { input }, { cookie: w.cookies.essenCoordinator });
    const result = preview.data?.mobilityGrantPreview;
    expect(result?.currentTotalCents).toBe(m.grant.totalCents);
    // Green travel in the 500–1 999 km band pays €417 instead of €309.
    expect(result?.differenceCents).toBe((result?.grant.totalCents ?? 0) - m.grant.totalCents);
    expect(result?.differenceCents).toBeGreaterThanOrEqual(10_800);
    const invalid = await api.graphql(
      query,
      { input: { ...input, facts: { ...placementFacts, plannedEndDate: '2026-09-01' } } },
      { cookie: w.cookies.essenCoordinator },
    );
    expect(invalid.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: ['plannedEndDate'], code: 'END_BEFORE_START', message: expect.any(String) }],
    });
    expect(await api.t.db.selectFrom('mobility').select('version').execute()).toEqual([{ version: 1 }]);
  });
});

function fromGlobal(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';
}
