import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../database-schema';

/**
 * `WHERE` fragment: the viewer is ADMIN or COORDINATOR of the organisation in `column`. Every
 * read of a sending organisation's data goes through it, so another tenant's rows are simply
 * absent.
 */
export function viewerSendsFor<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  organisationIdColumn: string,
  viewerUserId: string,
) {
  const e = eb as unknown as ExpressionBuilder<Database, 'membership'>;
  return e.exists(
    e
      .selectFrom('membership as scope_membership')
      .select('scope_membership.id')
      .whereRef(
        'scope_membership.organisation_id',
        '=',
        organisationIdColumn as 'scope_membership.organisation_id',
      )
      .where('scope_membership.user_id', '=', viewerUserId)
      .where('scope_membership.role', 'in', ['ADMIN', 'COORDINATOR']),
  );
}
