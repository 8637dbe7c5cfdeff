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
  version: Generated<number>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface Database {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  session: SessionTable;
  participant: ParticipantTable;
}
