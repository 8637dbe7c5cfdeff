import type { ColumnType, Generated } from 'kysely';

/** Row shapes as Kysely sees them. They never leave this package: repositories map them. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz with a database default (now()): optional on insert. */
type TimestampWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationTable {
  id: Generated<string>;
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
  preparation_checklist: ColumnType<unknown, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: Generated<string>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface MembershipTable {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: TimestampWithDefault;
}

export interface SessionTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  created_at: TimestampWithDefault;
  last_seen_at: TimestampWithDefault;
  expires_at: Timestamp;
}

export interface ParticipantTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  category: string;
  date_of_birth: string | null;
  unit: string | null;
  fewer_opportunities: Generated<boolean>;
  fewer_opportunities_justification: string | null;
  version: Generated<number>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface HostPartnershipTable {
  sending_organisation_id: string;
  host_organisation_id: string;
  created_at: TimestampWithDefault;
}

export interface ContactPersonTable {
  id: Generated<string>;
  sending_organisation_id: string;
  host_organisation_id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  created_at: TimestampWithDefault;
}

type Json = ColumnType<unknown, string, string>;

export interface ProjectTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  title: string;
  action: string;
  national_agency: string;
  call_year: number;
  round: number;
  start_date: string;
  end_date: string;
  awarded_cents: Json;
  rate_card_template_id: string;
  rate_card_overrides: ColumnType<unknown, string | null, string | null>;
  rate_card_version: string;
  version: Generated<number>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface MobilityTable {
  id: Generated<string>;
  organisation_id: string;
  project_id: string;
  participant_id: string;
  host_organisation_id: string | null;
  reference: string;
  activity_type: string;
  status: Generated<string>;
  planned_start_date: string;
  planned_end_date: string;
  actual_start_date: string | null;
  actual_end_date: string | null;
  travel_days: Generated<number>;
  green_travel: Generated<boolean>;
  official_distance_km: number | null;
  computed_distance_km: number | null;
  course_fee_days: Generated<number>;
  accompanying_person: Generated<boolean>;
  zero_grant: Generated<boolean>;
  force_majeure: Generated<boolean>;
  organisational_support_not_requested: Generated<boolean>;
  cancellation_reason: string | null;
  cancelled_from_status: string | null;
  grant: Json;
  grant_total_cents: number;
  rate_card_version: string;
  host_mentor: ColumnType<unknown, string | null | undefined, string | null>;
  decline_reason: string | null;
  attendance: ColumnType<unknown, string | null | undefined, string | null>;
  outcomes: ColumnType<unknown, string | null | undefined, string | null>;
  preparation: ColumnType<unknown, string | null | undefined, string | null>;
  participant_report: ColumnType<unknown, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface SignInTokenTable {
  id: Generated<string>;
  token_hash: string;
  purpose: 'INVITATION' | 'SIGN_IN';
  user_id: string;
  host_organisation_id: string | null;
  invited_by_organisation_id: string | null;
  created_at: TimestampWithDefault;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OutboxMessageTable {
  id: Generated<string>;
  organisation_id: string | null;
  mobility_id: string | null;
  kind: string;
  recipient_email: string;
  recipient_name: string | null;
  locale: string;
  subject: string;
  text_body: string;
  status: Generated<'PENDING' | 'SENT' | 'FAILED'>;
  attempts: Generated<number>;
  next_attempt_at: TimestampWithDefault;
  last_error: string | null;
  sent_at: Timestamp | null;
  created_at: TimestampWithDefault;
}

export interface LearningAgreementTable {
  mobility_id: string;
  organisation_id: string;
  state: ColumnType<unknown, string, string>;
  version: Generated<number>;
  updated_at: TimestampWithDefault;
}

export interface SignInAttemptTable {
  id: Generated<string>;
  email_hash: string;
  ip: string;
  succeeded: boolean;
  attempted_at: Timestamp;
}

export interface AuditEventTable {
  id: Generated<string>;
  sequence: ColumnType<string, never, never>;
  organisation_id: string;
  subject_type: string;
  subject_id: string;
  action: string;
  actor_user_id: string | null;
  occurred_at: TimestampWithDefault;
  details: ColumnType<unknown, string | undefined, string>;
}

export interface Database {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  session: SessionTable;
  participant: ParticipantTable;
  host_partnership: HostPartnershipTable;
  contact_person: ContactPersonTable;
  project: ProjectTable;
  mobility: MobilityTable;
  audit_event: AuditEventTable;
  sign_in_token: SignInTokenTable;
  outbox_message: OutboxMessageTable;
  learning_agreement: LearningAgreementTable;
  sign_in_attempt: SignInAttemptTable;
}
