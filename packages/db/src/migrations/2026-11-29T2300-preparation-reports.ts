import type { Kysely } from 'kysely';

// Frozen in time: this migration must not import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // The sending organisation's preparation checklist (null: the default list).
  await db.schema.alterTable('organisation').addColumn('preparation_checklist', 'jsonb').execute();
  // What the participant ticked, and their report after the mobility.
  await db.schema
    .alterTable('mobility')
    .addColumn('preparation', 'jsonb')
    .addColumn('participant_report', 'jsonb')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mobility').dropColumn('preparation').dropColumn('participant_report').execute();
  await db.schema.alterTable('organisation').dropColumn('preparation_checklist').execute();
}
