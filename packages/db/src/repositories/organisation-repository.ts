import type { Executor } from '../executor';

export const ORGANISATION_TYPES = [
  'SCHOOL',
  'VET_PROVIDER',
  'ADULT_EDUCATION',
  'HIGHER_EDUCATION',
  'COMPANY',
  'TRAINING_CENTRE',
  'COURSE_PROVIDER',
  'NGO',
  'PUBLIC_BODY',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  country: string;
  city: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  oid: string | null;
  pic: string | null;
  erasmusCode: string | null;
  /** The sending organisation that entered this host institution, if one did. */
  createdByOrganisationId: string | null;
  version: number;
}

const columns = [
  'id',
  'name',
  'type',
  'country',
  'city',
  'address',
  'latitude',
  'longitude',
  'oid',
  'pic',
  'erasmus_code',
  'created_by_organisation_id',
  'version',
] as const;

/**
 * Organisations by id, limited to those the viewer may see: the ones they are a member or a
 * participant of, the host institutions in the directory of an organisation they send for, and
 * the sending organisations of placements proposed to a host they are a contact of. Anything
 * else is simply absent.
 */
export async function findVisibleOrganisationsByIds(
  db: Executor,
  ids: readonly string[],
  viewerUserId: string,
): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisation')
    .select(columns)
    .where('id', 'in', [...ids])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('membership')
            .select('membership.id')
            .whereRef('membership.organisation_id', '=', 'organisation.id')
            .where('membership.user_id', '=', viewerUserId),
        ),
        eb.exists(
          eb
            .selectFrom('participant')
            .select('participant.id')
            .whereRef('participant.organisation_id', '=', 'organisation.id')
            .where('participant.user_id', '=', viewerUserId),
        ),
        eb.exists(
          eb
            .selectFrom('host_partnership')
            .innerJoin(
              'membership as sender',
              'sender.organisation_id',
              'host_partnership.sending_organisation_id',
            )
            .select('sender.id')
            .whereRef('host_partnership.host_organisation_id', '=', 'organisation.id')
            .where('sender.user_id', '=', viewerUserId)
            .where('sender.role', 'in', ['ADMIN', 'COORDINATOR']),
        ),
        eb.exists(
          eb
            .selectFrom('mobility')
            .innerJoin('membership as host', 'host.organisation_id', 'mobility.host_organisation_id')
            .select('mobility.id')
            .whereRef('mobility.organisation_id', '=', 'organisation.id')
            .where('host.user_id', '=', viewerUserId)
            .where('host.role', '=', 'HOST_CONTACT')
            .where('mobility.status', '<>', 'DRAFT'),
        ),
      ]),
    )
    .execute();
  return rows.map(toOrganisation);
}

/** Organisations by id with no viewer check: for objects reached through a visible mobility or partnership. */
export async function findOrganisationsByIds(db: Executor, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisation')
    .select(columns)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toOrganisation);
}

export async function findOrganisationByOid(db: Executor, oid: string): Promise<Organisation | null> {
  const row = await db.selectFrom('organisation').select(columns).where('oid', '=', oid).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

/** The host institutions in a sending organisation's directory, by name. */
export async function listHostPartners(db: Executor, sendingOrganisationId: string): Promise<Organisation[]> {
  const rows = await db
    .selectFrom('organisation')
    .innerJoin('host_partnership', 'host_partnership.host_organisation_id', 'organisation.id')
    .select(columns.map((c) => `organisation.${c}` as const))
    .where('host_partnership.sending_organisation_id', '=', sendingOrganisationId)
    .orderBy('organisation.name')
    .orderBy('organisation.id')
    .execute();
  return rows.map(toOrganisation);
}

export async function isHostPartner(db: Executor, sendingOrganisationId: string, hostOrganisationId: string) {
  const row = await db
    .selectFrom('host_partnership')
    .select('host_organisation_id')
    .where('sending_organisation_id', '=', sendingOrganisationId)
    .where('host_organisation_id', '=', hostOrganisationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertHostPartnership(
  db: Executor,
  sendingOrganisationId: string,
  hostOrganisationId: string,
) {
  await db
    .insertInto('host_partnership')
    .values({ sending_organisation_id: sendingOrganisationId, host_organisation_id: hostOrganisationId })
    .onConflict((oc) => oc.columns(['sending_organisation_id', 'host_organisation_id']).doNothing())
    .execute();
}

export async function insertOrganisation(
  db: Executor,
  organisation: OrganisationInsert & { createdByOrganisationId: string | null },
): Promise<Organisation> {
  const row = await db
    .insertInto('organisation')
    .values({
      name: organisation.name,
      type: organisation.type,
      country: organisation.country,
      city: organisation.city,
      address: organisation.address,
      latitude: organisation.latitude,
      longitude: organisation.longitude,
      oid: organisation.oid,
      pic: organisation.pic,
      erasmus_code: organisation.erasmusCode,
      created_by_organisation_id: organisation.createdByOrganisationId,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toOrganisation(row);
}

/** Writes the profile if the row is still at `expectedVersion`; null when someone else changed it first. */
export async function updateOrganisation(
  db: Executor,
  change: { id: string; expectedVersion: number; profile: OrganisationInsert; now: Date },
): Promise<Organisation | null> {
  const p = change.profile;
  const row = await db
    .updateTable('organisation')
    .set((eb) => ({
      name: p.name,
      type: p.type,
      country: p.country,
      city: p.city,
      address: p.address,
      latitude: p.latitude,
      longitude: p.longitude,
      oid: p.oid,
      pic: p.pic,
      erasmus_code: p.erasmusCode,
      version: eb('version', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .returning(columns)
    .executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export type OrganisationInsert = Omit<Organisation, 'id' | 'version' | 'createdByOrganisationId'>;

/** Inserts or finds the organisation by its OID (the programme's identifier); used by seeds and imports. */
export async function upsertOrganisationByOid(
  db: Executor,
  organisation: OrganisationInsert & { oid: string },
): Promise<Organisation> {
  await db
    .insertInto('organisation')
    .values({
      name: organisation.name,
      type: organisation.type,
      country: organisation.country,
      city: organisation.city,
      address: organisation.address,
      latitude: organisation.latitude,
      longitude: organisation.longitude,
      oid: organisation.oid,
      pic: organisation.pic,
      erasmus_code: organisation.erasmusCode,
    })
    .onConflict((oc) => oc.column('oid').doNothing())
    .execute();
  const row = await db
    .selectFrom('organisation')
    .select(columns)
    .where('oid', '=', organisation.oid)
    .executeTakeFirstOrThrow();
  return toOrganisation(row);
}

function toOrganisation(row: {
  id: string;
  name: string;
  type: string;
  country: string;
  city: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  oid: string | null;
  pic: string | null;
  erasmus_code: string | null;
  created_by_organisation_id: string | null;
  version: number;
}): Organisation {
  const { erasmus_code, created_by_organisation_id, type, ...rest } = row;
  return {
    ...rest,
    type: type as OrganisationType,
    erasmusCode: erasmus_code,
    createdByOrganisationId: created_by_organisation_id,
  };
}

/** The organisation's preparation checklist as stored (null: the default list). */
export async function findPreparationChecklists(
  db: Executor,
  organisationIds: readonly string[],
): Promise<{ id: string; checklist: unknown }[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'preparation_checklist'])
    .where('id', 'in', [...organisationIds])
    .execute();
  return rows.map((r) => ({ id: r.id, checklist: r.preparation_checklist ?? null }));
}

export async function updatePreparationChecklist(
  db: Executor,
  organisationId: string,
  checklist: unknown,
): Promise<void> {
  await db
    .updateTable('organisation')
    .set({ preparation_checklist: JSON.stringify(checklist) })
    .where('id', '=', organisationId)
    .execute();
}
