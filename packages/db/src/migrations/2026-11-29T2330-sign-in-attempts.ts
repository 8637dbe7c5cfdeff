import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must not import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // Failed and successful sign-ins, for throttling guessing. The e-mail is kept only as a hash.
  await db.schema
    .createTable('sign_in_attempt')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_attempt_email_idx')
    .on('sign_in_attempt')
    .columns(['email_hash', 'attempted_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_attempt_ip_idx')
    .on('sign_in_attempt')
    .columns(['ip', 'attempted_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_attempt').execute();
}
