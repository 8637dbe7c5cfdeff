import { sql } from 'kysely';
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
  dateOfBirth: string | null;
  /** Organisation unit or class, e.g. "Kfz-Mechatronik 2b". */
  unit: string | null;
  fewerOpportunities: boolean;
  // The justification is special-category data: it is not part of this object. Only
  // `findFewerOpportunitiesJustifications` reads it, for admins, so a forgotten field check
  // cannot leak it.
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
  'date_of_birth',
  'unit',
  'fewer_opportunities',
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

export type ParticipantInsert = Omit<
  Participant,
  'id' | 'version' | 'dateOfBirth' | 'unit' | 'fewerOpportunities'
> &
  Partial<Pick<Participant, 'dateOfBirth' | 'unit' | 'fewerOpportunities'>> & {
    fewerOpportunitiesJustification?: string | null;
  };

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
      date_of_birth: participant.dateOfBirth ?? null,
      unit: participant.unit ?? null,
      fewer_opportunities: participant.fewerOpportunities ?? false,
      fewer_opportunities_justification: participant.fewerOpportunitiesJustification ?? null,
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
  date_of_birth: string | null;
  unit: string | null;
  fewer_opportunities: boolean;
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
    dateOfBirth: row.date_of_birth,
    unit: row.unit,
    fewerOpportunities: row.fewer_opportunities,
    version: row.version,
  };
}

/**
 * Participants by id with no viewer check: only for objects already reached through a visible
 * mobility (a host contact sees the name of the person placed with them).
 */
export async function findParticipantsByIds(db: Executor, ids: readonly string[]): Promise<Participant[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('participant')
    .select(columns)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toParticipant);
}

/** Special-category data: call only after checking the viewer is an ADMIN of the organisation. */
export async function findFewerOpportunitiesJustifications(
  db: Executor,
  ids: readonly string[],
): Promise<{ id: string; justification: string | null }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('participant')
    .select(['id', 'fewer_opportunities_justification'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, justification: r.fewer_opportunities_justification }));
}

/** One page of an organisation's participants by name; `after` is the last seen (last, first, id). */
export async function listParticipantsPage(
  db: Executor,
  request: {
    organisationId: string;
    search?: string | null;
    first: number;
    after?: [string, string, string] | null;
  },
): Promise<{ items: Participant[]; hasNextPage: boolean }> {
  let query = db
    .selectFrom('participant')
    .select(columns)
    .where('organisation_id', '=', request.organisationId);
  if (request.search?.trim()) {
    const pattern = `%${request.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`(first_name || ' ' || last_name || ' ' || email) ilike ${pattern}`);
  }
  if (request.after) {
    const [last, first, id] = request.after;
    query = query.where(sql<boolean>`(last_name, first_name, id) > (${last}, ${first}, ${id}::uuid)`);
  }
  const rows = await query
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id')
    .limit(request.first + 1)
    .execute();
  return { items: rows.slice(0, request.first).map(toParticipant), hasNextPage: rows.length > request.first };
}

/** E-mails already used by participants of the organisation (import duplicate check). */
export async function findParticipantEmails(
  db: Executor,
  organisationId: string,
  emails: readonly string[],
): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom('participant')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .where('email', 'in', [...emails])
    .execute();
  return rows.map((r) => r.email);
}

/** Inserts many participants in one statement (an import is all or nothing: run it in a transaction). */
export async function insertParticipants(
  db: Executor,
  participants: readonly ParticipantInsert[],
): Promise<Participant[]> {
  if (participants.length === 0) return [];
  const rows = await db
    .insertInto('participant')
    .values(
      participants.map((p) => ({
        organisation_id: p.organisationId,
        user_id: p.userId,
        first_name: p.firstName,
        last_name: p.lastName,
        email: p.email.toLowerCase(),
        category: p.category,
        date_of_birth: p.dateOfBirth ?? null,
        unit: p.unit ?? null,
        fewer_opportunities: p.fewerOpportunities ?? false,
        fewer_opportunities_justification: p.fewerOpportunitiesJustification ?? null,
      })),
    )
    .returning(columns)
    .execute();
  return rows.map(toParticipant);
}
