import type { Executor } from '../executor';

export interface AuditEvent {
  id: string;
  organisationId: string;
  subjectType: string;
  subjectId: string;
  action: string;
  actorUserId: string | null;
  occurredAt: Date;
  details: Record<string, unknown>;
}

export type AuditEventInsert = Omit<AuditEvent, 'id'>;

/** Written in the same transaction as the change it records. */
export async function insertAuditEvent(db: Executor, event: AuditEventInsert): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      organisation_id: event.organisationId,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      action: event.action,
      actor_user_id: event.actorUserId,
      occurred_at: event.occurredAt,
      details: JSON.stringify(event.details),
    })
    .execute();
}

/** Events of several subjects at once, oldest first (timelines; one statement per request). */
export async function listAuditEventsBySubjectIds(
  db: Executor,
  subjectIds: readonly string[],
): Promise<AuditEvent[]> {
  if (subjectIds.length === 0) return [];
  const rows = await db
    .selectFrom('audit_event')
    .select([
      'id',
      'organisation_id',
      'subject_type',
      'subject_id',
      'action',
      'actor_user_id',
      'occurred_at',
      'details',
    ])
    .where('subject_id', 'in', [...subjectIds])
    .orderBy('sequence')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    action: row.action,
    actorUserId: row.actor_user_id,
    occurredAt: row.occurred_at,
    details: (row.details ?? {}) as Record<string, unknown>,
  }));
}
