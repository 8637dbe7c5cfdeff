import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must not import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // Single-use links: invitations of host contacts (7 days) and e-mailed sign-in links.
  await db.schema
    .createTable('sign_in_token')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('INVITATION', 'SIGN_IN')`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('host_organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('cascade'))
    .addColumn('invited_by_organisation_id', 'uuid', (c) =>
      c.references('organisation.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('sign_in_token_user_idx').on('sign_in_token').column('user_id').execute();

  // E-mails written in the same transaction as the change they announce; a dispatcher delivers
  // them with retries, and the sender sees each one's delivery status.
  await db.schema
    .createTable('outbox_message')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisation.id').onDelete('cascade'))
    .addColumn('mobility_id', 'uuid', (c) => c.references('mobility.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('PENDING').check(sql`status in ('PENDING', 'SENT', 'FAILED')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('outbox_message_due_idx')
    .on('outbox_message')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('outbox_message_mobility_idx')
    .on('outbox_message')
    .column('mobility_id')
    .execute();

  // What the host records: the mentor when accepting, the reason when declining, attendance on
  // departure, and the outcomes with the Europass-Mobility-style skills description.
  await db.schema
    .alterTable('mobility')
    .addColumn('host_mentor', 'jsonb')
    .addColumn('decline_reason', 'text')
    .addColumn('attendance', 'jsonb')
    .addColumn('outcomes', 'jsonb')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mobility')
    .dropColumn('host_mentor')
    .dropColumn('decline_reason')
    .dropColumn('attendance')
    .dropColumn('outcomes')
    .execute();
  await db.schema.dropTable('outbox_message').execute();
  await db.schema.dropTable('sign_in_token').execute();
}
