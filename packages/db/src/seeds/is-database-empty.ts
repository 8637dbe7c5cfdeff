import type { Db } from '../client';

/** True when no organisation exists yet: the signal to load demo data on first start. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
