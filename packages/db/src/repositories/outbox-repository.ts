import { sql } from 'kysely';
import type { Executor } from '../executor';

export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';

export interface OutboxMessage {
  id: string;
  organisationId: string | null;
  mobilityId: string | null;
  kind: string;
  recipientEmail: string;
  recipientName: string | null;
  locale: string;
  subject: string;
  textBody: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export type OutboxInsert = Pick<
  OutboxMessage,
  | 'organisationId'
  | 'mobilityId'
  | 'kind'
  | 'recipientEmail'
  | 'recipientName'
  | 'locale'
  | 'subject'
  | 'textBody'
>;

/** Call inside the transaction of the change the message announces (transactional outbox). */
export async function insertOutboxMessage(db: Executor, message: OutboxInsert, now: Date): Promise<void> {
  await db
    .insertInto('outbox_message')
    .values({
      organisation_id: message.organisationId,
      mobility_id: message.mobilityId,
      kind: message.kind,
      recipient_email: message.recipientEmail,
      recipient_name: message.recipientName,
      locale: message.locale,
      subject: message.subject,
      text_body: message.textBody,
      created_at: now,
      next_attempt_at: now,
    })
    .execute();
}

/**
 * Claims up to `limit` due messages in one statement: their attempt counter goes up and they are
 * leased until `leaseUntil`, so a second dispatcher (or a crash mid-send) cannot deliver twice in
 * the lease; SKIP LOCKED keeps concurrent dispatchers from waiting on each other.
 */
export async function claimDueOutboxMessages(
  db: Executor,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<OutboxMessage[]> {
  const result = await sql<Record<string, unknown>>`
    update outbox_message set attempts = attempts + 1, next_attempt_at = ${leaseUntil}
    where id in (
      select id from outbox_message
      where status = 'PENDING' and next_attempt_at <= ${now}
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    returning *`.execute(db);
  return result.rows.map(toMessage);
}

export async function markOutboxMessageSent(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox_message')
    .set({ status: 'SENT', sent_at: now, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: try again at `retryAt`, or give up (FAILED) when `retryAt` is null. */
export async function markOutboxMessageFailedAttempt(
  db: Executor,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable('outbox_message')
    .set(retryAt ? { last_error: error, next_attempt_at: retryAt } : { last_error: error, status: 'FAILED' })
    .where('id', '=', id)
    .execute();
}

/** Messages about these mobilities, newest first (delivery status for the sending coordinator). */
export async function listOutboxMessagesByMobilityIds(
  db: Executor,
  mobilityIds: readonly string[],
): Promise<OutboxMessage[]> {
  if (mobilityIds.length === 0) return [];
  const rows = await db
    .selectFrom('outbox_message')
    .selectAll()
    .where('mobility_id', 'in', [...mobilityIds])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => toMessage(r as unknown as Record<string, unknown>));
}

/** The newest messages, for the development mailbox page (only when no SMTP server is set). */
export async function listRecentOutboxMessages(db: Executor, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox_message')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => toMessage(r as unknown as Record<string, unknown>));
}

function toMessage(r: Record<string, unknown>): OutboxMessage {
  return {
    id: r.id as string,
    organisationId: (r.organisation_id as string | null) ?? null,
    mobilityId: (r.mobility_id as string | null) ?? null,
    kind: r.kind as string,
    recipientEmail: r.recipient_email as string,
    recipientName: (r.recipient_name as string | null) ?? null,
    locale: r.locale as string,
    subject: r.subject as string,
    textBody: r.text_body as string,
    status: r.status as OutboxStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at as string | Date),
    lastError: (r.last_error as string | null) ?? null,
    sentAt: r.sent_at ? new Date(r.sent_at as string | Date) : null,
    createdAt: new Date(r.created_at as string | Date),
  };
}
