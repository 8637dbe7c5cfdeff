import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedDemoData } from './demo-seed';

const fakeHash = async (password: string) => `test-hash:${password}`;

describe('demo seed', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  async function counts() {
    const tables = ['organisation', 'app_user', 'membership', 'participant'] as const;
    const result: Record<string, number> = {};
    for (const table of tables) {
      const row = await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      result[table] = Number(row.n);
    }
    return result;
  }

  it('creates the demo sign-ins with their roles, and running it twice changes nothing', async () => {
    await seedDemoData(t.db, { hashPassword: fakeHash });
    const first = await counts();
    await seedDemoData(t.db, { hashPassword: fakeHash });
    expect(await counts()).toEqual(first);

    const roles = await t.db
      .selectFrom('membership')
      .innerJoin('app_user', 'app_user.id', 'membership.user_id')
      .innerJoin('organisation', 'organisation.id', 'membership.organisation_id')
      .select(['app_user.email', 'membership.role', 'organisation.name', 'organisation.country'])
      .where('app_user.email', 'in', [
        'coordinator@rhein-ruhr.example',
        'koordynator@ced-krakow.example',
        'mentor@talleres-valencia.example',
      ])
      .orderBy('app_user.email')
      .execute();
    expect(roles).toEqual([
      {
        email: 'coordinator@rhein-ruhr.example',
        role: 'ADMIN',
        name: 'Berufskolleg Rhein-Ruhr',
        country: 'DE',
      },
      {
        email: 'koordynator@ced-krakow.example',
        role: 'ADMIN',
        name: 'Centrum Edukacji Dorosłych',
        country: 'PL',
      },
      {
        email: 'mentor@talleres-valencia.example',
        role: 'HOST_CONTACT',
        name: 'Talleres Mecánicos Valencia S.L.',
        country: 'ES',
      },
    ]);
    const hostCountries = await t.db
      .selectFrom('organisation')
      .select('country')
      .orderBy('country')
      .execute();
    expect(hostCountries.map((r) => r.country)).toEqual(expect.arrayContaining(['ES', 'FI', 'IT', 'PT']));
  });

  it('links Lena Fischer as a learner of the Essen school', async () => {
    const lena = await t.db
      .selectFrom('participant')
      .innerJoin('app_user', 'app_user.id', 'participant.user_id')
      .innerJoin('organisation', 'organisation.id', 'participant.organisation_id')
      .select(['participant.category', 'organisation.name'])
      .where('app_user.email', '=', 'lena.fischer@rhein-ruhr.example')
      .executeTakeFirstOrThrow();
    expect(lena).toEqual({ category: 'LEARNER', name: 'Berufskolleg Rhein-Ruhr' });
  });

  it('gives each sending organisation a project with 15+ mobilities in every lifecycle state', async () => {
    const rows = await t.db
      .selectFrom('mobility')
      .innerJoin('organisation', 'organisation.id', 'mobility.organisation_id')
      .select(['organisation.name', 'mobility.status', 'mobility.activity_type'])
      .execute();
    for (const name of ['Berufskolleg Rhein-Ruhr', 'Centrum Edukacji Dorosłych']) {
      const mine = rows.filter((r) => r.name === name);
      expect(mine.length).toBeGreaterThanOrEqual(15);
      expect(new Set(mine.map((r) => r.status))).toEqual(
        new Set([
          'DRAFT',
          'PROPOSED',
          'CONFIRMED',
          'DECLINED',
          'AGREED',
          'ONGOING',
          'COMPLETED',
          'CLOSED',
          'CANCELLED',
        ]),
      );
      expect(new Set(mine.map((r) => r.activity_type)).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the Valencia host placements to decide, confirmed, ongoing and completed, and Lena one ongoing and one completed', async () => {
    const valencia = await t.db
      .selectFrom('mobility')
      .innerJoin('organisation', 'organisation.id', 'mobility.host_organisation_id')
      .select('mobility.status')
      .where('organisation.oid', '=', 'E10456783')
      .execute();
    expect(valencia.map((r) => r.status)).toEqual(
      expect.arrayContaining(['PROPOSED', 'CONFIRMED', 'ONGOING', 'COMPLETED']),
    );
    const lena = await t.db
      .selectFrom('mobility')
      .innerJoin('participant', 'participant.id', 'mobility.participant_id')
      .select('mobility.status')
      .where('participant.email', '=', 'lena.fischer@rhein-ruhr.example')
      .orderBy('mobility.status')
      .execute();
    expect(lena.map((r) => r.status)).toEqual(['COMPLETED', 'ONGOING']);
  });

  it('computes every demo grant with the demo NA rates, so no demo mobility says "rate not set"', async () => {
    const rows = await t.db.selectFrom('mobility').select(['grant', 'grant_total_cents']).execute();
    for (const row of rows) {
      const grant = row.grant as { totalCents: number; warnings: { code: string }[] };
      expect(grant.totalCents).toBe(row.grant_total_cents);
      expect(grant.warnings.map((w) => w.code)).not.toContain('RATE_NOT_SET');
    }
  });

  it('has learning agreements in every stage, and a change proposal on Lena’s ongoing mobility', async () => {
    const rows = await t.db
      .selectFrom('learning_agreement')
      .innerJoin('mobility', 'mobility.id', 'learning_agreement.mobility_id')
      .innerJoin('participant', 'participant.id', 'mobility.participant_id')
      .select(['learning_agreement.state', 'mobility.status', 'participant.email'])
      .execute();
    type State = {
      firstVersion: unknown;
      proposal: { signatures: unknown[]; comment: unknown; changes: unknown[] } | null;
    };
    const stages = new Set(
      rows.map(({ state }) => {
        const s = state as State;
        if (!s.proposal) return 'AGREED';
        if (s.firstVersion) return 'CHANGE_PENDING';
        if (s.proposal.comment) return 'HOST_COMMENTED';
        return s.proposal.signatures.length === 2 ? 'AWAITING_HOST' : 'AWAITING_PARTICIPANT';
      }),
    );
    expect(stages).toEqual(
      new Set(['AGREED', 'CHANGE_PENDING', 'HOST_COMMENTED', 'AWAITING_HOST', 'AWAITING_PARTICIPANT']),
    );
    const lena = rows.find((r) => r.email === 'lena.fischer@rhein-ruhr.example' && r.status === 'ONGOING');
    expect(lena).toBeDefined();
    expect((lena?.state as State | undefined)?.proposal?.changes).toHaveLength(2);
    for (const row of rows.filter((r) => ['AGREED', 'ONGOING', 'COMPLETED', 'CLOSED'].includes(r.status))) {
      expect((row.state as State).firstVersion).not.toBeNull();
    }
  });
});
