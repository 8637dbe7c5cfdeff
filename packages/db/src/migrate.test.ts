import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate';
import { migrationProvider } from './migrations/migration-provider';
import { createTestDatabase, type TestDatabase } from './testing/test-database';

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('create every core table on this engine', async () => {
    const tables = (await t.db.introspection.getTables()).map((table) => table.name).sort();
    expect(tables).toEqual([
      'app_user',
      'audit_event',
      'contact_person',
      'host_partnership',
      'learning_agreement',
      'membership',
      'mobility',
      'organisation',
      'outbox_message',
      'participant',
      'project',
      'session',
      'sign_in_attempt',
      'sign_in_token',
    ]);
  });

  it('are a no-op when the schema is already at the latest migration', async () => {
    expect(await migrateToLatest(t.db)).toEqual({ applied: [] });
  });

  it('can be rolled back one by one and applied again', async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationProvider });
    const names = Object.keys(await migrationProvider.getMigrations());
    for (const _ of names) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    expect(await t.db.introspection.getTables()).toEqual([]);
    expect((await migrateToLatest(t.db)).applied).toEqual(names);
  });

  it('reject a membership role outside ADMIN, COORDINATOR and HOST_CONTACT', async () => {
    const org = await t.db
      .insertInto('organisation')
      .values({ name: 'X', type: 'SCHOOL', country: 'DE', city: 'Bonn' } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await t.db
      .insertInto('app_user')
      .values({ email: 'x@example.org', display_name: 'X', password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      t.db
        .insertInto('membership')
        .values({ user_id: user.id, organisation_id: org.id, role: 'OWNER' })
        .execute(),
    ).rejects.toThrow();
  });
});
