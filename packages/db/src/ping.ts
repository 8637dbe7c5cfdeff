import { sql } from 'kysely';
import type { Db } from './client';

/** Round-trips one trivial statement: proves the database answers (readiness checks). */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
