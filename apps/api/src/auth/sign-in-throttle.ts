import { createHash } from 'node:crypto';
import type { Db } from '@mobilis/db/client';
import { countRecentSignInFailures } from '@mobilis/db/repositories/sign-in-attempt-repository';

// Quality bar S-11: the 11th failure for one account within 15 minutes is throttled (well
// below NIST's 100), and an address that fails very often is throttled across accounts.
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_ACCOUNT_FAILURES = 10;
export const MAX_ADDRESS_FAILURES = 50;

export class TooManyAttemptsError extends Error {
  constructor() {
    super('Too many failed sign-ins. Wait 15 minutes, or ask for a sign-in link by e-mail.');
    this.name = 'TooManyAttemptsError';
  }
}

/** The e-mail as stored for throttling: a hash, so the log of attempts holds no addresses. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export async function assertNotThrottled(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const failures = await countRecentSignInFailures(db, {
    emailHash: emailHash(email),
    ip,
    since: new Date(now.getTime() - THROTTLE_WINDOW_MS),
  });
  if (failures.forAccount >= MAX_ACCOUNT_FAILURES || failures.fromAddress >= MAX_ADDRESS_FAILURES) {
    throw new TooManyAttemptsError();
  }
}
