import type { Selectable } from 'kysely';
import type { MobilityTable } from '../database-schema';

/** A mobility as the rest of the system sees it (row types never leave this package). */
export interface Mobility {
  id: string;
  organisationId: string;
  projectId: string;
  participantId: string;
  hostOrganisationId: string | null;
  reference: string;
  activityType: string;
  status: string;
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate: string | null;
  actualEndDate: string | null;
  travelDays: number;
  greenTravel: boolean;
  officialDistanceKm: number | null;
  computedDistanceKm: number | null;
  courseFeeDays: number;
  accompanyingPerson: boolean;
  zeroGrant: boolean;
  forceMajeure: boolean;
  organisationalSupportNotRequested: boolean;
  cancellationReason: string | null;
  cancelledFromStatus: string | null;
  /** The stored GrantResult (JSON) as last computed. */
  grant: unknown;
  grantTotalCents: number;
  rateCardVersion: string;
  /** The mentor the host assigned when accepting: { name, role, email, phone }. */
  hostMentor: { name: string; role: string | null; email: string | null; phone: string | null } | null;
  declineReason: string | null;
  /** What the host confirmed at departure: { attendanceDays, interruptionDays, interruptionNote }. */
  attendance: { attendanceDays: number; interruptionDays: number; interruptionNote: string | null } | null;
  /** The host's assessment: { outcomes: [{ title, achievement, comment }], skills: {…} }. */
  outcomes: unknown;
  /** Checklist items the participant ticked: { [key]: ISO time ticked }. */
  preparation: Record<string, string> | null;
  participantReport: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields a service may write; the rest (id, tenant, reference, version, timestamps) the database owns. */
export type MobilityChanges = Partial<
  Omit<Mobility, 'id' | 'organisationId' | 'projectId' | 'reference' | 'version' | 'createdAt' | 'updatedAt'>
>;

export function toMobility(row: Selectable<MobilityTable>): Mobility {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    projectId: row.project_id,
    participantId: row.participant_id,
    hostOrganisationId: row.host_organisation_id,
    reference: row.reference,
    activityType: row.activity_type,
    status: row.status,
    plannedStartDate: row.planned_start_date,
    plannedEndDate: row.planned_end_date,
    actualStartDate: row.actual_start_date,
    actualEndDate: row.actual_end_date,
    travelDays: row.travel_days,
    greenTravel: row.green_travel,
    officialDistanceKm: row.official_distance_km,
    computedDistanceKm: row.computed_distance_km,
    courseFeeDays: row.course_fee_days,
    accompanyingPerson: row.accompanying_person,
    zeroGrant: row.zero_grant,
    forceMajeure: row.force_majeure,
    organisationalSupportNotRequested: row.organisational_support_not_requested,
    cancellationReason: row.cancellation_reason,
    cancelledFromStatus: row.cancelled_from_status,
    grant: row.grant,
    grantTotalCents: row.grant_total_cents,
    rateCardVersion: row.rate_card_version,
    hostMentor: (row.host_mentor ?? null) as Mobility['hostMentor'],
    declineReason: row.decline_reason,
    attendance: (row.attendance ?? null) as Mobility['attendance'],
    outcomes: row.outcomes ?? null,
    preparation: (row.preparation ?? null) as Mobility['preparation'],
    participantReport: row.participant_report ?? null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMN_OF: Record<keyof MobilityChanges, keyof MobilityTable> = {
  participantId: 'participant_id',
  hostOrganisationId: 'host_organisation_id',
  activityType: 'activity_type',
  status: 'status',
  plannedStartDate: 'planned_start_date',
  plannedEndDate: 'planned_end_date',
  actualStartDate: 'actual_start_date',
  actualEndDate: 'actual_end_date',
  travelDays: 'travel_days',
  greenTravel: 'green_travel',
  officialDistanceKm: 'official_distance_km',
  computedDistanceKm: 'computed_distance_km',
  courseFeeDays: 'course_fee_days',
  accompanyingPerson: 'accompanying_person',
  zeroGrant: 'zero_grant',
  forceMajeure: 'force_majeure',
  organisationalSupportNotRequested: 'organisational_support_not_requested',
  cancellationReason: 'cancellation_reason',
  cancelledFromStatus: 'cancelled_from_status',
  grant: 'grant',
  grantTotalCents: 'grant_total_cents',
  rateCardVersion: 'rate_card_version',
  hostMentor: 'host_mentor',
  declineReason: 'decline_reason',
  attendance: 'attendance',
  outcomes: 'outcomes',
  preparation: 'preparation',
  participantReport: 'participant_report',
};

const JSON_COLUMNS = new Set<keyof MobilityTable>([
  'grant',
  'host_mentor',
  'attendance',
  'outcomes',
  'preparation',
  'participant_report',
]);

/** Maps changed fields to column values (JSON columns are written as text). */
export function toColumns(changes: MobilityChanges): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const column = COLUMN_OF[key as keyof MobilityChanges];
    values[column] = JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
  }
  return values;
}
