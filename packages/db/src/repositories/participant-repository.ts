import type { Executor } from '../executor';

export const PARTICIPANT_CATEGORIES = ['STAFF', 'LEARNER'] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

export interface Participant {
  id: string;
  organisationId: string;
  userId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  category: ParticipantCategory;
  version: number;
}

const columns = [
  'id',
  'organisation_id',
  'user_id',
  'first_name',
  'last_name',
  'email',
  'category',
  'version',
] as const;

/** The participant records linked to these user accounts (a person may be sent by several organisations). */
export async function listParticipantsByUserIds(
  db: Executor,
  userIds: readonly string[],
): Promise<Participant[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('participant')
    .select(columns)
    .where('user_id', 'in', [...userIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toParticipant);
}

/**
 * Participants by id as the viewer may see them: members of the sending organisation, or the
 * participant themself.
 */
export async function findVisibleParticipantsByIds(
  db: Executor,
  ids: readonly string[],
  viewerUserId: string,
): Promise<Participant[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('participant')
    .select(columns)
    .where('id', 'in', [...ids])
    .where((eb) =>
      eb.or([
        eb('user_id', '=', viewerUserId),
        eb.exists(
          eb
            .selectFrom('membership')
            .whereRef('membership.organisation_id', '=', 'participant.organisation_id')
            .where('membership.user_id', '=', viewerUserId)
            .where('membership.role', 'in', ['ADMIN', 'COORDINATOR']),
        ),
      ]),
    )
    .execute();
  return rows.map(toParticipant);
}

export type ParticipantInsert = Omit<Participant, 'id' | 'version'>;

export async function upsertParticipantByEmail(
  db: Executor,
  participant: ParticipantInsert,
): Promise<Participant> {
  const email = participant.email.toLowerCase();
  await db
    .insertInto('participant')
    .values({
      organisation_id: participant.organisationId,
      user_id: participant.userId,
      first_name: participant.firstName,
      last_name: participant.lastName,
      email,
      category: participant.category,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'email']).doNothing())
    .execute();
  const row = await db
    .selectFrom('participant')
    .select(columns)
    .where('organisation_id', '=', participant.organisationId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return toParticipant(row);
}

function toParticipant(row: {
  id: string;
  organisation_id: string;
  user_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  category: string;
  version: number;
}): Participant {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    userId: row.user_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    category: row.category as ParticipantCategory,
    version: row.version,
  };
}
