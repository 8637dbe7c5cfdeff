import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must not import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // Which sending organisation created a host institution's record (it may edit the profile
  // until the host looks after it itself).
  await db.schema
    .alterTable('organisation')
    .addColumn('created_by_organisation_id', 'uuid', (c) =>
      c.references('organisation.id').onDelete('set null'),
    )
    .execute();

  // A sending organisation's directory of the host institutions it works with.
  await db.schema
    .createTable('host_partnership')
    .addColumn('sending_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('host_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('host_partnership_pkey', ['sending_organisation_id', 'host_organisation_id'])
    .addCheckConstraint('host_partnership_distinct', sql`sending_organisation_id <> host_organisation_id`)
    .execute();
  await db.schema
    .createIndex('host_partnership_host_idx')
    .on('host_partnership')
    .column('host_organisation_id')
    .execute();

  // Contact persons at a host, as the sending organisation knows them (its own data).
  await db.schema
    .createTable('contact_person')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('sending_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('host_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('contact_person_partnership_idx')
    .on('contact_person')
    .columns(['sending_organisation_id', 'host_organisation_id'])
    .execute();

  await db.schema
    .createTable('project')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('national_agency', 'text', (c) => c.notNull())
    .addColumn('call_year', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    // { TRAVEL: cents, INDIVIDUAL_SUPPORT: cents, … } as the grant agreement awards them.
    .addColumn('awarded_cents', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('rate_card_template_id', 'text', (c) => c.notNull())
    .addColumn('rate_card_overrides', 'jsonb')
    .addColumn('rate_card_version', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('project_dates', sql`end_date >= start_date`)
    .execute();
  await db.schema.createIndex('project_code_key').unique().on('project').column('code').execute();
  await db.schema
    .createIndex('project_organisation_idx')
    .on('project')
    .columns(['organisation_id', 'start_date'])
    .execute();

  await db.schema
    .alterTable('participant')
    .addColumn('date_of_birth', 'date')
    .addColumn('unit', 'text')
    .addColumn('fewer_opportunities', 'boolean', (c) => c.notNull().defaultTo(false))
    // Special-category data (health, social or economic barriers): only the sending organisation's
    // admins may read it, and it never leaves in exports [W-INCP2], reference §8.8.
    .addColumn('fewer_opportunities_justification', 'text')
    .execute();
  await db.schema
    .createIndex('participant_organisation_name_idx')
    .on('participant')
    .columns(['organisation_id', 'last_name', 'first_name'])
    .execute();

  await db.schema
    .createTable('mobility')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participant.id').onDelete('restrict'))
    .addColumn('host_organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DRAFT'))
    .addColumn('planned_start_date', 'date', (c) => c.notNull())
    .addColumn('planned_end_date', 'date', (c) => c.notNull())
    .addColumn('actual_start_date', 'date')
    .addColumn('actual_end_date', 'date')
    .addColumn('travel_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('green_travel', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('official_distance_km', 'double precision')
    .addColumn('computed_distance_km', 'double precision')
    .addColumn('course_fee_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accompanying_person', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('zero_grant', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('force_majeure', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('organisational_support_not_requested', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('cancellation_reason', 'text')
    .addColumn('cancelled_from_status', 'text')
    // The grant as last computed, and the rate-card version it used (product decision 3).
    .addColumn('grant', 'jsonb', (c) => c.notNull())
    .addColumn('grant_total_cents', 'integer', (c) => c.notNull())
    .addColumn('rate_card_version', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('mobility_planned_dates', sql`planned_end_date >= planned_start_date`)
    .addCheckConstraint(
      'mobility_host_differs',
      sql`host_organisation_id is null or host_organisation_id <> organisation_id`,
    )
    .execute();
  await db.schema
    .createIndex('mobility_project_reference_key')
    .unique()
    .on('mobility')
    .columns(['project_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('mobility_organisation_start_idx')
    .on('mobility')
    .columns(['organisation_id', 'planned_start_date', 'id'])
    .execute();
  await db.schema.createIndex('mobility_participant_idx').on('mobility').column('participant_id').execute();
  await db.schema
    .createIndex('mobility_host_idx')
    .on('mobility')
    .columns(['host_organisation_id', 'status'])
    .execute();

  // Who did what, when, with what change. A mobility's timeline is drawn from these rows.
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Insertion order: events written in one instant (one transaction) still read back in order.
    .addColumn('sequence', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('audit_event_subject_idx')
    .on('audit_event')
    .columns(['subject_id', 'sequence'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_event').execute();
  await db.schema.dropTable('mobility').execute();
  await db.schema.dropIndex('participant_organisation_name_idx').execute();
  await db.schema
    .alterTable('participant')
    .dropColumn('date_of_birth')
    .dropColumn('unit')
    .dropColumn('fewer_opportunities')
    .dropColumn('fewer_opportunities_justification')
    .execute();
  await db.schema.dropTable('project').execute();
  await db.schema.dropTable('contact_person').execute();
  await db.schema.dropTable('host_partnership').execute();
  await db.schema.alterTable('organisation').dropColumn('created_by_organisation_id').execute();
}
