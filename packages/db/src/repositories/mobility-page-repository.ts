import { sql } from 'kysely';
import type { Executor } from '../executor';
import { type Mobility, toMobility } from './mobility-row';
import { viewerSendsFor } from './sending-scope';

export interface MobilityFilter {
  projectId?: string | null;
  statuses?: readonly string[] | null;
  activityTypes?: readonly string[] | null;
  hostCountry?: string | null;
  /** Mobilities whose planned period overlaps [from, to]. */
  from?: string | null;
  to?: string | null;
  /** Part of the participant's first or last name, case-insensitive. */
  participantName?: string | null;
}

export type MobilitySortField = 'PLANNED_START_DATE' | 'PARTICIPANT_NAME';

export interface MobilityPageRequest {
  organisationId: string;
  viewerUserId: string;
  filter: MobilityFilter;
  sort: { field: MobilitySortField; direction: 'ASC' | 'DESC' };
  first: number;
  /** Opaque cursor of the last item of the previous page. */
  after?: string | null;
}

export interface MobilityPage {
  items: { mobility: Mobility; cursor: string }[];
  hasNextPage: boolean;
}

function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The decoded cursor, or null when it is malformed (treated as the first page by no one: the caller rejects it). */
export function decodeMobilityCursor(cursor: string): (string | number)[] | null {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.every((v) => typeof v === 'string' || typeof v === 'number')
      ? values
      : null;
  } catch {
    return null;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of a sending organisation's mobilities, filtered and sorted, with keyset pagination
 * (stable under inserts, no OFFSET scans). One statement per page.
 */
export async function listMobilitiesPage(db: Executor, request: MobilityPageRequest): Promise<MobilityPage> {
  const { filter, sort } = request;
  const byName = sort.field === 'PARTICIPANT_NAME';
  const op = sort.direction === 'ASC' ? sql`>` : sql`<`;
  const dir = sort.direction === 'ASC' ? 'asc' : 'desc';
  const after = request.after ? decodeMobilityCursor(request.after) : null;

  let query = db
    .selectFrom('mobility')
    .innerJoin('participant', 'participant.id', 'mobility.participant_id')
    .leftJoin('organisation as host', 'host.id', 'mobility.host_organisation_id')
    .selectAll('mobility')
    .select(['participant.last_name as sort_last_name', 'participant.first_name as sort_first_name'])
    .where('mobility.organisation_id', '=', request.organisationId)
    .where((eb) => viewerSendsFor(eb, 'mobility.organisation_id', request.viewerUserId));

  if (filter.projectId) query = query.where('mobility.project_id', '=', filter.projectId);
  if (filter.statuses?.length) query = query.where('mobility.status', 'in', [...filter.statuses]);
  if (filter.activityTypes?.length)
    query = query.where('mobility.activity_type', 'in', [...filter.activityTypes]);
  if (filter.hostCountry) query = query.where('host.country', '=', filter.hostCountry);
  if (filter.from) query = query.where('mobility.planned_end_date', '>=', filter.from);
  if (filter.to) query = query.where('mobility.planned_start_date', '<=', filter.to);
  if (filter.participantName?.trim()) {
    const pattern = `%${escapeLike(filter.participantName.trim())}%`;
    query = query.where(
      sql<boolean>`(participant.first_name || ' ' || participant.last_name) ilike ${pattern}`,
    );
  }
  if (after) {
    query = byName
      ? query.where(
          sql<boolean>`(participant.last_name, participant.first_name, mobility.id) ${op} (${after[0]}, ${after[1]}, ${after[2]}::uuid)`,
        )
      : query.where(
          sql<boolean>`(mobility.planned_start_date, mobility.id) ${op} (${after[0]}::date, ${after[1]}::uuid)`,
        );
  }
  query = byName
    ? query
        .orderBy('participant.last_name', dir)
        .orderBy('participant.first_name', dir)
        .orderBy('mobility.id', dir)
    : query.orderBy('mobility.planned_start_date', dir).orderBy('mobility.id', dir);

  const rows = await query.limit(request.first + 1).execute();
  const items = rows.slice(0, request.first).map((row) => {
    const { sort_last_name, sort_first_name, ...mobilityRow } = row;
    const cursor = byName
      ? encodeCursor([sort_last_name, sort_first_name, row.id])
      : encodeCursor([row.planned_start_date, row.id]);
    return { mobility: toMobility(mobilityRow), cursor };
  });
  return { items, hasNextPage: rows.length > request.first };
}
