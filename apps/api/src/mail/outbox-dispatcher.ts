import type { Db } from '@mobilis/db/client';
import {
  claimDueOutboxMessages,
  markOutboxMessageFailedAttempt,
  markOutboxMessageSent,
} from '@mobilis/db/repositories/outbox-repository';
import type { Logger } from 'pino';
import type { MailTransport } from './mail-transport';

export const MAX_ATTEMPTS = 6;
const BATCH = 20;
// A claimed message is leased for this long; a dispatcher that dies mid-send frees it after.
const LEASE_MS = 60_000;

/** Exponential backoff: 30 s, 1 min, 2 min, 4 min, 8 min between attempts. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
}

export interface DispatchOutcome {
  sent: number;
  retried: number;
  failed: number;
}

/** Delivers the messages that are due now; failures are retried with backoff, then marked FAILED. */
export async function dispatchDueMessages(
  db: Db,
  transport: MailTransport,
  now: Date,
  log?: Logger,
): Promise<DispatchOutcome> {
  const outcome: DispatchOutcome = { sent: 0, retried: 0, failed: 0 };
  const messages = await claimDueOutboxMessages(db, now, new Date(now.getTime() + LEASE_MS), BATCH);
  for (const message of messages) {
    try {
      await transport.send({
        to: message.recipientEmail,
        toName: message.recipientName,
        subject: message.subject,
        text: message.textBody,
      });
      await markOutboxMessageSent(db, message.id, now);
      outcome.sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 500) : 'delivery failed';
      const retryAt =
        message.attempts < MAX_ATTEMPTS ? new Date(now.getTime() + retryDelayMs(message.attempts)) : null;
      await markOutboxMessageFailedAttempt(db, message.id, reason, retryAt);
      if (retryAt) outcome.retried += 1;
      else outcome.failed += 1;
      log?.warn({ messageId: message.id, attempt: message.attempts, err: error }, 'e-mail delivery failed');
    }
  }
  return outcome;
}

/** Runs the dispatcher every `intervalMs` until stopped (one run at a time). */
export function startOutboxDispatcher(
  db: Db,
  transport: MailTransport,
  clock: () => Date,
  intervalMs: number,
  log: Logger,
) {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await dispatchDueMessages(db, transport, clock(), log);
    } catch (error) {
      log.error({ err: error }, 'outbox dispatcher run failed');
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
