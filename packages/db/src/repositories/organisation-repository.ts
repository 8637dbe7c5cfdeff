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
  'version',
] as const;

/**
 * Organisations by id, limited to those the viewer may see: the ones they are a member of or a
 * participant of. Anything else is simply absent.
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
            .whereRef('membership.organisation_id', '=', 'organisation.id')
            .where('membership.user_id', '=', viewerUserId),
        ),
        eb.exists(
          eb
            .selectFrom('participant')
            .whereRef('participant.organisation_id', '=', 'organisation.id')
            .where('participant.user_id', '=', viewerUserId),
        ),
      ]),
    )
    .execute();
  return rows.map(toOrganisation);
}

export type OrganisationInsert = Omit<Organisation, 'id' | 'version'>;

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
  version: number;
}): Organisation {
  const { erasmus_code, type, ...rest } = row;
  return { ...rest, type: type as OrganisationType, erasmusCode: erasmus_code };
}
