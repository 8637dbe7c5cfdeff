import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must not import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // One learning agreement per mobility: first version, approved changes and the pending
  // proposal as one JSON document; every step is also kept in audit_event (full history).
  await db.schema
    .createTable('learning_agreement')
    .addColumn('mobility_id', 'uuid', (c) => c.primaryKey().references('mobility.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('learning_agreement_organisation_idx')
    .on('learning_agreement')
    .column('organisation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('learning_agreement').execute();
}
