import { sql } from 'kysely';
import type { Executor } from '../executor';

export async function insertSignInAttempt(
  db: Executor,
  attempt: { emailHash: string; ip: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_attempt')
    .values({
      email_hash: attempt.emailHash,
      ip: attempt.ip,
      succeeded: attempt.succeeded,
      attempted_at: attempt.at,
    })
    .execute();
}

/**
 * Failed attempts since `since`: for the account, only those after its last successful sign-in
 * (a success clears the slate); for the address, all of them. One statement.
 */
export async function countRecentSignInFailures(
  db: Executor,
  query: { emailHash: string; ip: string; since: Date },
): Promise<{ forAccount: number; fromAddress: number }> {
  const result = await sql<{ for_account: string; from_address: string }>`
    select
      (select count(*) from sign_in_attempt a
        where a.email_hash = ${query.emailHash} and not a.succeeded and a.attempted_at > ${query.since}
          and a.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
                                          where s.email_hash = ${query.emailHash} and s.succeeded), '-infinity')) as for_account,
      (select count(*) from sign_in_attempt b
        where b.ip = ${query.ip} and not b.succeeded and b.attempted_at > ${query.since}) as from_address`.execute(
    db,
  );
  const row = result.rows[0];
  return { forAccount: Number(row?.for_account ?? 0), fromAddress: Number(row?.from_address ?? 0) };
}
