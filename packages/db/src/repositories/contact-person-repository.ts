import type { Executor } from '../executor';

/** A person at a host institution, as a sending organisation keeps them in its directory. */
export interface ContactPerson {
  id: string;
  sendingOrganisationId: string;
  hostOrganisationId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

const columns = [
  'id',
  'sending_organisation_id',
  'host_organisation_id',
  'name',
  'role',
  'email',
  'phone',
] as const;

/** Contacts the sending organisation keeps for these hosts (one statement for a whole directory). */
export async function listContactPersons(
  db: Executor,
  sendingOrganisationId: string,
  hostOrganisationIds: readonly string[],
): Promise<ContactPerson[]> {
  if (hostOrganisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('contact_person')
    .select(columns)
    .where('sending_organisation_id', '=', sendingOrganisationId)
    .where('host_organisation_id', 'in', [...hostOrganisationIds])
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sendingOrganisationId: r.sending_organisation_id,
    hostOrganisationId: r.host_organisation_id,
    name: r.name,
    role: r.role,
    email: r.email,
    phone: r.phone,
  }));
}

export async function insertContactPerson(
  db: Executor,
  contact: Omit<ContactPerson, 'id'>,
): Promise<ContactPerson> {
  const row = await db
    .insertInto('contact_person')
    .values({
      sending_organisation_id: contact.sendingOrganisationId,
      host_organisation_id: contact.hostOrganisationId,
      name: contact.name,
      role: contact.role,
      email: contact.email,
      phone: contact.phone,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    sendingOrganisationId: row.sending_organisation_id,
    hostOrganisationId: row.host_organisation_id,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
  };
}
