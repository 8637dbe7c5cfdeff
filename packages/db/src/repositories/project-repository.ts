import type { Executor } from '../executor';
import { viewerSendsFor } from './sending-scope';

export interface Project {
  id: string;
  organisationId: string;
  code: string;
  title: string;
  action: string;
  nationalAgency: string;
  callYear: number;
  round: number;
  startDate: string;
  endDate: string;
  /** Awarded amount per budget category (GRANT_CATEGORIES), integer euro cents. */
  awardedCents: Record<string, number>;
  rateCardTemplateId: string;
  /** The NA's rates as `rateCardOverridesSchema` describes them, or null for the bare template. */
  rateCardOverrides: unknown;
  rateCardVersion: string;
  version: number;
}

const columns = [
  'id',
  'organisation_id',
  'code',
  'title',
  'action',
  'national_agency',
  'call_year',
  'round',
  'start_date',
  'end_date',
  'awarded_cents',
  'rate_card_template_id',
  'rate_card_overrides',
  'rate_card_version',
  'version',
] as const;

type Row = {
  id: string;
  organisation_id: string;
  code: string;
  title: string;
  action: string;
  national_agency: string;
  call_year: number;
  round: number;
  start_date: string;
  end_date: string;
  awarded_cents: unknown;
  rate_card_template_id: string;
  rate_card_overrides: unknown;
  rate_card_version: string;
  version: number;
};

function toProject(row: Row): Project {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    code: row.code,
    title: row.title,
    action: row.action,
    nationalAgency: row.national_agency,
    callYear: row.call_year,
    round: row.round,
    startDate: row.start_date,
    endDate: row.end_date,
    awardedCents: (row.awarded_cents ?? {}) as Record<string, number>,
    rateCardTemplateId: row.rate_card_template_id,
    rateCardOverrides: row.rate_card_overrides ?? null,
    rateCardVersion: row.rate_card_version,
    version: row.version,
  };
}

/** Projects by id that the viewer's sending organisations own; anything else is absent. */
export async function findVisibleProjectsByIds(
  db: Executor,
  ids: readonly string[],
  viewerUserId: string,
): Promise<Project[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('project')
    .select(columns)
    .where('id', 'in', [...ids])
    .where((eb) => viewerSendsFor(eb, 'project.organisation_id', viewerUserId))
    .execute();
  return rows.map(toProject);
}

/**
 * Projects by id with no viewer check: only for loading objects already reached through a
 * visible mobility (a host sees the project code of a placement, not the project itself).
 */
export async function findProjectsByIds(db: Executor, ids: readonly string[]): Promise<Project[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('project')
    .select(columns)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toProject);
}

export async function listProjectsByOrganisation(db: Executor, organisationId: string): Promise<Project[]> {
  const rows = await db
    .selectFrom('project')
    .select(columns)
    .where('organisation_id', '=', organisationId)
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toProject);
}

/** Locks the project row for the rest of the transaction (serialises rate-card edits). */
export async function lockProject(db: Executor, id: string): Promise<Project | null> {
  const row = await db
    .selectFrom('project')
    .select(columns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? toProject(row) : null;
}

export type ProjectInsert = Omit<Project, 'id' | 'version'>;

export async function insertProject(db: Executor, project: ProjectInsert): Promise<Project> {
  const row = await db
    .insertInto('project')
    .values({
      organisation_id: project.organisationId,
      code: project.code,
      title: project.title,
      action: project.action,
      national_agency: project.nationalAgency,
      call_year: project.callYear,
      round: project.round,
      start_date: project.startDate,
      end_date: project.endDate,
      awarded_cents: JSON.stringify(project.awardedCents),
      rate_card_template_id: project.rateCardTemplateId,
      rate_card_overrides:
        project.rateCardOverrides === null ? null : JSON.stringify(project.rateCardOverrides),
      rate_card_version: project.rateCardVersion,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toProject(row);
}

export async function findProjectByCode(db: Executor, code: string): Promise<Project | null> {
  const row = await db.selectFrom('project').select(columns).where('code', '=', code).executeTakeFirst();
  return row ? toProject(row) : null;
}

/**
 * Writes a new rate card when the row is still at `expectedVersion`; null when someone else
 * changed it first (the caller reports a stale version and changes nothing).
 */
export async function updateProjectRateCard(
  db: Executor,
  change: { id: string; expectedVersion: number; overrides: unknown; rateCardVersion: string; now: Date },
): Promise<Project | null> {
  const row = await db
    .updateTable('project')
    .set((eb) => ({
      rate_card_overrides: change.overrides === null ? null : JSON.stringify(change.overrides),
      rate_card_version: change.rateCardVersion,
      version: eb('version', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .returning(columns)
    .executeTakeFirst();
  return row ? toProject(row) : null;
}
