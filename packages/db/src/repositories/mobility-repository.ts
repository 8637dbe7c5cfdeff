import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../database-schema';
import type { Executor } from '../executor';
import { type Mobility, type MobilityChanges, toColumns, toMobility } from './mobility-row';
import { viewerSendsFor } from './sending-scope';

export type { Mobility, MobilityChanges };

/**
 * Who may see a mobility: the sending organisation's ADMIN/COORDINATOR; the host's contacts once
 * it was proposed to them (never a draft, nor one cancelled while still a draft); the participant.
 */
function viewerSeesMobility(eb: ExpressionBuilder<Database, 'mobility'>, viewerUserId: string) {
  return eb.or([
    viewerSendsFor(eb, 'mobility.organisation_id', viewerUserId),
    eb.and([
      eb('mobility.status', '<>', 'DRAFT'),
      eb.or([
        eb('mobility.cancelled_from_status', 'is', null),
        eb('mobility.cancelled_from_status', '<>', 'DRAFT'),
      ]),
      eb.exists(
        eb
          .selectFrom('membership as host_membership')
          .select('host_membership.id')
          .whereRef('host_membership.organisation_id', '=', 'mobility.host_organisation_id')
          .where('host_membership.user_id', '=', viewerUserId)
          .where('host_membership.role', '=', 'HOST_CONTACT'),
      ),
    ]),
    eb.exists(
      eb
        .selectFrom('participant as own_participant')
        .select('own_participant.id')
        .whereRef('own_participant.id', '=', 'mobility.participant_id')
        .where('own_participant.user_id', '=', viewerUserId),
    ),
  ]);
}

export async function findVisibleMobilitiesByIds(
  db: Executor,
  ids: readonly string[],
  viewerUserId: string,
): Promise<Mobility[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('mobility')
    .selectAll('mobility')
    .where('mobility.id', 'in', [...ids])
    .where((eb) => viewerSeesMobility(eb, viewerUserId))
    .execute();
  return rows.map(toMobility);
}

/** The mobility row locked for this transaction, if the viewer may see it at all (any party). */
export async function lockVisibleMobility(
  db: Executor,
  id: string,
  viewerUserId: string,
): Promise<Mobility | null> {
  const row = await db
    .selectFrom('mobility')
    .selectAll('mobility')
    .where('mobility.id', '=', id)
    .where((eb) => viewerSeesMobility(eb, viewerUserId))
    .forUpdate()
    .executeTakeFirst();
  return row ? toMobility(row) : null;
}

/** Mobilities of the participant records linked to a user account (the participant's own). */
export async function listMobilitiesOfParticipantUser(db: Executor, userId: string): Promise<Mobility[]> {
  const rows = await db
    .selectFrom('mobility')
    .innerJoin('participant', 'participant.id', 'mobility.participant_id')
    .selectAll('mobility')
    .where('participant.user_id', '=', userId)
    .orderBy('mobility.planned_start_date', 'desc')
    .orderBy('mobility.id')
    .execute();
  return rows.map(toMobility);
}

/** The mobility row locked for this transaction, if the viewer sends for its organisation. */
export async function lockMobilityForSender(
  db: Executor,
  id: string,
  viewerUserId: string,
): Promise<Mobility | null> {
  const row = await db
    .selectFrom('mobility')
    .selectAll('mobility')
    .where('mobility.id', '=', id)
    .where((eb) => viewerSendsFor(eb, 'mobility.organisation_id', viewerUserId))
    .forUpdate()
    .executeTakeFirst();
  return row ? toMobility(row) : null;
}

/**
 * The mobility row locked for this transaction, if it was proposed to a host the viewer is a
 * contact of (never a draft): the host side's mutations start here.
 */
export async function lockMobilityForHost(
  db: Executor,
  id: string,
  viewerUserId: string,
): Promise<Mobility | null> {
  const row = await db
    .selectFrom('mobility')
    .selectAll('mobility')
    .where('mobility.id', '=', id)
    .where('mobility.status', '<>', 'DRAFT')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('membership as host_membership')
          .select('host_membership.id')
          .whereRef('host_membership.organisation_id', '=', 'mobility.host_organisation_id')
          .where('host_membership.user_id', '=', viewerUserId)
          .where('host_membership.role', '=', 'HOST_CONTACT'),
      ),
    )
    .forUpdate()
    .executeTakeFirst();
  return row ? toMobility(row) : null;
}

/** Mobilities placed with a host organisation, from PROPOSED on, by planned start (host inbox). */
export async function listMobilitiesForHost(db: Executor, hostOrganisationId: string): Promise<Mobility[]> {
  const rows = await db
    .selectFrom('mobility')
    .selectAll()
    .where('host_organisation_id', '=', hostOrganisationId)
    .where('status', '<>', 'DRAFT')
    .where((eb) =>
      eb.or([eb('cancelled_from_status', 'is', null), eb('cancelled_from_status', '<>', 'DRAFT')]),
    )
    .orderBy('planned_start_date')
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map(toMobility);
}

export type MobilityInsert = Required<
  Omit<
    MobilityChanges,
    | 'cancellationReason'
    | 'cancelledFromStatus'
    | 'hostMentor'
    | 'declineReason'
    | 'attendance'
    | 'outcomes'
    | 'preparation'
    | 'participantReport'
  >
> & {
  organisationId: string;
  projectId: string;
};

/** Inserts with the project's next reference (MOB-00001…); call with the project row locked. */
export async function insertMobility(db: Executor, mobility: MobilityInsert, now: Date): Promise<Mobility> {
  const last = await db
    .selectFrom('mobility')
    .select((eb) => eb.fn.max('reference').as('reference'))
    .where('project_id', '=', mobility.projectId)
    .executeTakeFirst();
  const next = Number((last?.reference ?? 'MOB-00000').slice(4)) + 1;
  const { organisationId, projectId, ...changes } = mobility;
  const row = await db
    .insertInto('mobility')
    .values({
      ...(toColumns(changes) as object),
      organisation_id: organisationId,
      project_id: projectId,
      reference: `MOB-${String(next).padStart(5, '0')}`,
      created_at: now,
      updated_at: now,
    } as never)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMobility(row);
}

/**
 * Applies the changes only if the row is still at `expectedVersion`, bumping the version. Returns
 * null when another edit won first: the caller reports a stale version and nothing changes.
 */
export async function updateMobility(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: MobilityChanges,
  now: Date,
): Promise<Mobility | null> {
  const row = await db
    .updateTable('mobility')
    .set(
      (eb) =>
        ({ ...(toColumns(changes) as object), version: eb('version', '+', 1), updated_at: now }) as never,
    )
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return row ? toMobility(row) : null;
}

/** Mobilities per status for one sending organisation (dashboard). */
export async function countMobilitiesByStatus(
  db: Executor,
  organisationId: string,
): Promise<{ status: string; count: number }[]> {
  const rows = await db
    .selectFrom('mobility')
    .select(['status', (eb) => eb.fn.countAll<string>().as('count')])
    .where('organisation_id', '=', organisationId)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
}

/**
 * Planned grant per project and budget category, summed from each mobility's stored grant lines.
 * Drafts and cancelled mobilities are left out, as the Beneficiary Module leaves drafts out of its
 * budget summary [W-MOB-KA1].
 */
export async function sumPlannedGrantByProjectAndCategory(
  db: Executor,
  organisationId: string,
): Promise<{ projectId: string; category: string; amountCents: number }[]> {
  const result = await sql<{ project_id: string; category: string; amount_cents: string }>`
    select m.project_id, line->>'category' as category, sum((line->>'amountCents')::bigint) as amount_cents
    from mobility m cross join lateral jsonb_array_elements(m.grant->'lines') as line
    where m.organisation_id = ${organisationId} and m.status not in ('DRAFT', 'CANCELLED')
    group by m.project_id, line->>'category'
    order by m.project_id, category`.execute(db);
  return result.rows.map((r) => ({
    projectId: r.project_id,
    category: r.category,
    amountCents: Number(r.amount_cents),
  }));
}

/** All mobilities of a project by reference (export); the caller has checked the project is the viewer's. */
export async function listMobilitiesOfProject(db: Executor, projectId: string): Promise<Mobility[]> {
  const rows = await db
    .selectFrom('mobility')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('reference')
    .execute();
  return rows.map(toMobility);
}
